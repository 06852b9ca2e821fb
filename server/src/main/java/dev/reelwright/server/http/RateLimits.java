package dev.reelwright.server.http;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Token buckets per client address and per bearer token: each holds up to a minute's allowance
 * and refills continuously. Checked before any handler runs, so a refused request creates no work
 * and spends no credits. Buckets idle for ten minutes are dropped.
 */
final class RateLimits {
    private static final long FORGET_AFTER_MS = 10 * 60_000;

    private final int perMinute;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimits(int perMinute) {
        this.perMinute = perMinute;
    }

    /** 0 when {@code key} may go ahead (and it is counted), else the seconds until it may. */
    long retryAfterS(String key) {
        long now = System.currentTimeMillis();
        if (buckets.size() > 100_000) {
            buckets.values().removeIf(bucket -> bucket.idleSince(now) > FORGET_AFTER_MS);
        }
        return buckets.computeIfAbsent(key, k -> new Bucket(perMinute, now)).take(now, perMinute);
    }

    private static final class Bucket {
        private double tokens;
        private long lastMs;

        Bucket(int capacity, long now) {
            this.tokens = capacity;
            this.lastMs = now;
        }

        synchronized long take(long now, int perMinute) {
            tokens = Math.min(perMinute, tokens + (now - lastMs) * perMinute / 60_000.0);
            lastMs = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - tokens) * 60.0 / perMinute));
        }

        synchronized long idleSince(long now) {
            return now - lastMs;
        }
    }
}
