package dev.reelwright.farm;

import java.util.regex.Pattern;

/**
 * The names a farm uses on its NATS server, all from one prefix, so two farms (or a test) can share
 * a server without seeing each other's work.
 */
public record FarmNames(String prefix) {
    private static final Pattern PREFIX = Pattern.compile("[a-z][a-z0-9-]{0,30}");
    public static final FarmNames DEFAULT = new FarmNames("reel");

    public FarmNames {
        if (!PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException("a farm prefix is a lower-case word such as reel (got \"" + prefix + "\")");
        }
    }

    /** The work-queue stream of chunk jobs. */
    public String stream() {
        return prefix.toUpperCase(java.util.Locale.ROOT).replace('-', '_') + "_CHUNKS";
    }

    public String jobSubject() {
        return prefix + ".chunks";
    }

    /** The one durable consumer every worker pulls from. */
    public String consumer() {
        return prefix + "-workers";
    }

    /** Media and drafts, by content hash. */
    public String mediaBucket() {
        return prefix + "-media";
    }

    /** Encoded chunks by their cache key: the farm's shared render cache. */
    public String chunkBucket() {
        return prefix + "-chunks";
    }

    /** Where workers report on one export's chunks. */
    public String reportSubject(String exportId) {
        return prefix + ".report." + exportId;
    }

    /** The server's advisory when a job used up its deliveries. */
    public String maxDeliveriesAdvisory() {
        return "$JS.EVENT.ADVISORY.CONSUMER.MAX_DELIVERIES." + stream() + "." + consumer();
    }

    /** The work-queue stream of chat generations (the director's work: voice, pictures, music, draft). */
    public String makeStream() {
        return prefix.toUpperCase(java.util.Locale.ROOT).replace('-', '_') + "_MAKES";
    }

    public String makeSubject() {
        return prefix + ".makes";
    }

    /** The one durable consumer every worker's maker pulls from. */
    public String makeConsumer() {
        return prefix + "-makers";
    }

    /** What generations made (a zip of the draft's media folder), until the server that asked takes it. */
    public String madeBucket() {
        return prefix + "-made";
    }

    /** The servers' shared data folder: uploads, made media and finished exports, by their path in it. */
    public String filesBucket() {
        return prefix + "-files";
    }

    /** The list of files of each shared folder (a key-value bucket, so servers adding files at once both keep theirs). */
    public String foldersBucket() {
        return prefix + "-folders";
    }

    /** Where a worker reports the stages and the end of one generation. */
    public String madeSubject(String makeId) {
        return prefix + ".made." + makeId;
    }

    public String makeDeliveriesAdvisory() {
        return "$JS.EVENT.ADVISORY.CONSUMER.MAX_DELIVERIES." + makeStream() + "." + makeConsumer();
    }
}
