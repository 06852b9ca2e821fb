package dev.reelwright.server.chat;

import java.util.List;

/**
 * The numbered events of one chat turn as a stream reads them: those after the ones it has seen,
 * waiting a while when there are none yet. Numbered from 1; the stream is over once it is complete.
 */
public interface TurnEvents {
    String invocationId();

    /** The SSE id of event {@code number}: the invocation and the number. */
    default String eventId(int number) {
        return invocationId() + "." + number;
    }

    /** A reader's view: events after {@code seen}, waiting up to {@code waitMs} when there are none yet. */
    Next after(int seen, long waitMs) throws InterruptedException;

    /** Events after those seen, and whether they are the last. */
    record Next(List<String> events, boolean complete) {
    }
}
