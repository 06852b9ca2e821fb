package dev.reelwright.server.http;

import dev.reelwright.server.store.Database;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Token buckets (Bucket4j) per client address and per bearer token: each holds up to a minute's
 * allowance and refills continuously. Checked before any handler runs, so a refused request
 * creates no work and spends no credits. On PostgreSQL the buckets live in the database, so every
 * server of one database counts against the same allowance; on SQLite (one server) in memory. A
 * bucket that has refilled is forgotten: it is the same as a new one.
 */
final class RateLimits {
    private static final int FORGET_WHEN_OVER = 100_000;

    private final int perMinute;
    private final String kind;
    private final BucketConfiguration configuration;
    private final PostgreSQLSelectForUpdateBasedProxyManager<String> shared;
    private final Map<String, Bucket> local = new ConcurrentHashMap<>();
    private long forgotAtMs;

    /** @param kind what the keys are ("address", "token"), which also keeps their shared buckets apart */
    RateLimits(int perMinute, String kind, Database database) {
        this.perMinute = perMinute;
        this.kind = kind;
        this.configuration = BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build()).build();
        this.shared = database.isSqlite() ? null : Bucket4jPostgreSQL.selectForUpdateBasedBuilder(database.postgresDataSource())
                .primaryKeyMapper(PrimaryKeyMapper.STRING).table("rate_buckets").idColumn("id").stateColumn("state")
                .expiresAtColumn("expires_at").expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                        Duration.ZERO)).build();
    }

    /** 0 when {@code key} may go ahead (and it is counted), else the seconds until it may. */
    long retryAfterS(String key) {
        ConsumptionProbe probe;
        try {
            probe = bucket(key).tryConsumeAndReturnRemaining(1);
        } catch (RuntimeException e) {
            // The shared buckets are away (the database is): the request goes ahead, and meets the database's own answer.
            return 0;
        }
        return probe.isConsumed() ? 0 : Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999) / 1_000_000_000);
    }

    private Bucket bucket(String key) {
        if (shared != null) {
            forgetRefilledShared();
            return shared.builder().build(kind + ":" + key, () -> configuration);
        }
        if (local.size() > FORGET_WHEN_OVER) {
            local.values().removeIf(bucket -> bucket.getAvailableTokens() >= perMinute);
        }
        return local.computeIfAbsent(key, k -> Bucket.builder().addLimit(configuration.getBandwidths()[0]).build());
    }

    /** Once a minute, one server's request deletes the shared buckets that have refilled. */
    private void forgetRefilledShared() {
        long now = System.currentTimeMillis();
        synchronized (this) {
            if (now - forgotAtMs < 60_000) {
                return;
            }
            forgotAtMs = now;
        }
        shared.removeExpired(1_000);
    }
}
