package dev.reelwright.render;

/** Asks long work to stop; the work checks it often and then throws {@link Cancelled}. */
public final class Cancellation {
    private volatile boolean cancelled;

    public static Cancellation none() {
        return new Cancellation();
    }

    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** Throws {@link Cancelled} once {@link #cancel()} was called. */
    public void check() {
        if (cancelled) {
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
