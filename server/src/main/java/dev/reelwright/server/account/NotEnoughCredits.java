package dev.reelwright.server.account;

/** A reservation asked for more than the user has available. */
public final class NotEnoughCredits extends RuntimeException {
    private final long needed;
    private final long available;

    public NotEnoughCredits(long needed, long available) {
        super("this needs " + needed + " credits and " + available + " are available");
        this.needed = needed;
        this.available = available;
    }

    public long needed() {
        return needed;
    }

    public long available() {
        return available;
    }
}
