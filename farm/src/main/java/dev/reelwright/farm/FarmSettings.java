package dev.reelwright.farm;

import java.time.Duration;
import java.util.List;

/**
 * How the farm treats a chunk job. A worker holds a job for {@code lease} and renews it while it
 * encodes ({@code inProgress}); a job whose worker vanished (killed, cut off) comes back after the
 * lease, then after each {@code backoff} step, at most {@code maxDeliveries} times in all; a job that
 * fails every time is dead, and its export fails saying why. The process that creates a farm's queues
 * sets these on them; every other server and worker then takes them from the queues.
 */
public record FarmSettings(Duration lease, int maxDeliveries, List<Duration> backoff, Duration stallLimit) {
    public static final FarmSettings DEFAULT = new FarmSettings(Duration.ofSeconds(30), 4,
            List.of(Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofSeconds(120)), Duration.ofMinutes(10));

    public FarmSettings {
        backoff = List.copyOf(backoff);
        if (lease.toMillis() < 1_000 || maxDeliveries < 1 || backoff.size() >= maxDeliveries || backoff.isEmpty()
                || !backoff.get(0).equals(lease)) {
            throw new IllegalArgumentException("a farm needs a lease of at least 1 s, fewer back-off steps than deliveries,"
                    + " and the first step equal to the lease (NATS takes the lease from it)");
        }
    }

    /** How long to wait before retrying a job that failed on its {@code delivered}-th delivery. */
    public Duration retryAfter(long delivered) {
        return backoff.get((int) Math.min(backoff.size() - 1, Math.max(0, delivered - 1)));
    }
}
