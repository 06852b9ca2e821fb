package dev.reelwright.server;

import java.time.Duration;

/**
 * What an operator can tune; {@link #defaults()} is what {@code reel serve} runs with.
 *
 * @param anonymousCredits credits a new anonymous user starts with
 * @param tokenLifetime how long an anonymous token lasts (and the one-per-client-id window)
 * @param grantsPerIp anonymous tokens one IP address may get per {@code tokenLifetime}
 * @param publicUrl how clients reach this server, for links in answers; null: the address the client used
 * @param heartbeat how often a chat stream says {@code : ping} while work goes on
 * @param creditsPer30s what making a video costs per started 30 s of output
 * @param exportsAtOnce exports rendered at the same time (one on two cores)
 * @param exportHeap the heap cap of each export's worker process
 * @param exportTimeLimit how long an export may run before it is stopped and failed
 * @param requestsPerMinute requests one address, and one token, may make per minute (a burst of as many)
 * @param uploadMaxBytes the largest file an upload may be
 * @param attributionRequired exports need the X-Skill-Source, -Version and -Platform headers (else HTTP 402)
 * @param idleTimeout how long a connection may stay silent before the server closes it; a chat
 *        stream's heartbeat must come sooner
 * @param turnTimeLimit how long a chat turn's director work may run before it is stopped and its
 *        credits released (at least 15 minutes, so long scripts finish)
 */
public record ServerSettings(long anonymousCredits, Duration tokenLifetime, int grantsPerIp, String publicUrl, Duration heartbeat,
                             long creditsPer30s, int exportsAtOnce, String exportHeap, Duration exportTimeLimit, int requestsPerMinute,
                             long uploadMaxBytes, boolean attributionRequired, Duration idleTimeout, Duration turnTimeLimit) {
    /** What one chat turn that edits the draft costs. */
    public static final long CREDITS_PER_EDIT = 1;

    /** Requests one address, and one token, may make per minute unless the operator says otherwise. */
    public static final int DEFAULT_REQUESTS_PER_MINUTE = 300;

    /** Seconds between a chat stream's heartbeats unless the operator says otherwise. */
    public static final int DEFAULT_HEARTBEAT_S = 15;

    public ServerSettings(long anonymousCredits, Duration tokenLifetime, int grantsPerIp, String publicUrl) {
        this(anonymousCredits, tokenLifetime, grantsPerIp, publicUrl, Duration.ofSeconds(DEFAULT_HEARTBEAT_S), 10,
                Math.max(1, Runtime.getRuntime().availableProcessors() / 2), "1g", Duration.ofMinutes(30), DEFAULT_REQUESTS_PER_MINUTE, 500L * 1024 * 1024, false, Duration.ofSeconds(30), Duration.ofMinutes(30));
    }

    /** What one chat turn that edits the draft costs (refused and failed turns cost nothing). */
    public long creditsPerEdit() {
        return CREDITS_PER_EDIT;
    }

    /** Videos the director makes at once for chat turns; the rest wait their turn (edits never do). */
    public int makesAtOnce() {
        return exportsAtOnce;
    }

    public ServerSettings withUploadMaxBytes(long bytes) {
        return new ServerSettings(anonymousCredits, tokenLifetime, grantsPerIp, publicUrl, heartbeat, creditsPer30s, exportsAtOnce,
                exportHeap, exportTimeLimit, requestsPerMinute, bytes, attributionRequired, idleTimeout, turnTimeLimit);
    }

    public ServerSettings withAttributionRequired(boolean required) {
        return new ServerSettings(anonymousCredits, tokenLifetime, grantsPerIp, publicUrl, heartbeat, creditsPer30s, exportsAtOnce,
                exportHeap, exportTimeLimit, requestsPerMinute, uploadMaxBytes, required, idleTimeout, turnTimeLimit);
    }

    public ServerSettings withRequestsPerMinute(int perMinute) {
        return new ServerSettings(anonymousCredits, tokenLifetime, grantsPerIp, publicUrl, heartbeat, creditsPer30s, exportsAtOnce,
                exportHeap, exportTimeLimit, perMinute, uploadMaxBytes, attributionRequired, idleTimeout, turnTimeLimit);
    }

    public ServerSettings withExportLimits(String heap, Duration timeLimit) {
        return new ServerSettings(anonymousCredits, tokenLifetime, grantsPerIp, publicUrl, heartbeat, creditsPer30s, exportsAtOnce, heap,
                timeLimit, requestsPerMinute, uploadMaxBytes, attributionRequired, idleTimeout, turnTimeLimit);
    }

    public static ServerSettings defaults() {
        return new ServerSettings(100, Duration.ofDays(7), 10, null);
    }

    public ServerSettings withPublicUrl(String url) {
        return new ServerSettings(anonymousCredits, tokenLifetime, grantsPerIp, url, heartbeat, creditsPer30s, exportsAtOnce, exportHeap,
                exportTimeLimit, requestsPerMinute, uploadMaxBytes, attributionRequired, idleTimeout, turnTimeLimit);
    }

    public ServerSettings withHeartbeat(Duration every) {
        return new ServerSettings(anonymousCredits, tokenLifetime, grantsPerIp, publicUrl, every, creditsPer30s, exportsAtOnce, exportHeap,
                exportTimeLimit, requestsPerMinute, uploadMaxBytes, attributionRequired, idleTimeout, turnTimeLimit);
    }

    public ServerSettings withIdleTimeout(Duration silence) {
        return new ServerSettings(anonymousCredits, tokenLifetime, grantsPerIp, publicUrl, heartbeat, creditsPer30s, exportsAtOnce, exportHeap,
                exportTimeLimit, requestsPerMinute, uploadMaxBytes, attributionRequired, silence, turnTimeLimit);
    }
}
