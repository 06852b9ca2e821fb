package dev.reelwright.server.chat;

import dev.reelwright.server.store.StoreException;
import java.util.ArrayList;
import java.util.List;

/**
 * The events of a chat turn running on this server. Readers here wait on it; each event is also
 * written to {@link StoredTurns}, so a client that reconnects to another server resumes there.
 */
public final class TurnLog implements TurnEvents {
    private final String invocationId;
    private final String userId;
    private final StoredTurns store;
    private final List<String> events = new ArrayList<>();
    private boolean complete;
    /** Held while an event is written to the database, so the writes keep their order. */
    private final Object writes = new Object();

    TurnLog(String invocationId, String userId, StoredTurns store) {
        this.invocationId = invocationId;
        this.userId = userId;
        this.store = store;
    }

    @Override
    public String invocationId() {
        return invocationId;
    }

    public String userId() {
        return userId;
    }

    /**
     * Adds an event: readers here have it at once; the database gets it after, outside this log's
     * lock (a slow database never holds up the stream or the lease renewals), in order.
     */
    public void add(String eventJson) {
        synchronized (writes) {
            int number;
            synchronized (this) {
                events.add(eventJson);
                number = events.size();
                notifyAll();
            }
            stored(() -> store.append(invocationId, number, eventJson));
        }
    }

    public synchronized boolean isComplete() {
        return complete;
    }

    public void complete() {
        synchronized (writes) {
            synchronized (this) {
                complete = true;
                notifyAll();
            }
            stored(() -> store.complete(invocationId, System.currentTimeMillis()));
        }
    }

    /** A database that fails costs only resuming on another server: the turn and its readers here go on. */
    private void stored(Runnable write) {
        try {
            write.run();
        } catch (StoreException e) {
            System.err.println("reel serve: turn " + invocationId + " could not be stored for resuming elsewhere (" + e.getMessage() + ")");
        }
    }

    @Override
    public synchronized Next after(int seen, long waitMs) throws InterruptedException {
        long deadline = System.currentTimeMillis() + waitMs;
        while (events.size() <= seen && !complete) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                break;
            }
            wait(left);
        }
        // Complete is set after the last event, so a complete answer already holds every event.
        return new Next(List.copyOf(events.subList(Math.min(seen, events.size()), events.size())), complete);
    }
}
