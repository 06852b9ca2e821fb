package dev.reelwright.render;

/** Asks long work to stop; the work checks it often and then throws {@link Cancelled}. */
public final class Cancellation {
    private final Cancellation parent;
    private volatile boolean cancelled;

    public Cancellation() {
        this(null);
    }

    private Cancellation(Cancellation parent) {
        this.parent = parent;
    }

    public static Cancellation none() {
        return new Cancellation();
    }

    /** A cancellation of part of the work: cancelled on its own, or when this one is. */
    public Cancellation child() {
        return new Cancellation(this);
    }

    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled || parent != null && parent.isCancelled();
    }

    /** Throws {@link Cancelled} once {@link #cancel()} was called. */
    public void check() {
        if (isCancelled()) {
            throw new Cancelled();
        }
    }

    /** Thrown out of work that was asked to stop. */
    public static final class Cancelled extends RenderException {
        public Cancelled() {
            super("cancelled");
        }
    }
}
