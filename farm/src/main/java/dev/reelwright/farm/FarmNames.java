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
}
