package dev.reelwright.server.account;

/** A limit says no for now: try again in {@code retryAfterS} seconds. */
public final class LimitReached extends RuntimeException {
    private final long retryAfterS;

    public LimitReached(String message, long retryAfterS) {
        super(message);
        this.retryAfterS = Math.max(1, retryAfterS);
    }

    public long retryAfterS() {
        return retryAfterS;
    }
}
