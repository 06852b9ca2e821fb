package dev.reelwright.server.chat;

import java.util.ArrayList;
import java.util.List;

/**
 * The events of one chat turn, kept so a client that reconnects with {@code Last-Event-ID} gets
 * the rest: events are numbered from 1; readers wait for more until the turn is complete.
 */
public final class TurnLog {
    private final String invocationId;
    private final String userId;
    private final List<String> events = new ArrayList<>();
    private boolean complete;

    public TurnLog(String invocationId, String userId) {
        this.invocationId = invocationId;
        this.userId = userId;
    }

    public String invocationId() {
        return invocationId;
    }

    public String userId() {
        return userId;
    }

    /** The SSE id of event {@code number}: the invocation and the number. */
    public String eventId(int number) {
        return invocationId + "." + number;
    }

    public synchronized void add(String eventJson) {
        events.add(eventJson);
        notifyAll();
    }

    public synchronized boolean isComplete() {
        return complete;
    }

    public synchronized void complete() {
        complete = true;
        notifyAll();
    }

    /** A reader's view: events after {@code seen}, waiting up to {@code waitMs} when there are none yet. */
    public record Next(List<String> events, boolean complete) {
    }

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
