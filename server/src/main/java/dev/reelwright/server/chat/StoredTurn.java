package dev.reelwright.server.chat;

/**
 * A turn another server runs (or ran), read from {@link StoredTurns} for a client that resumed
 * its stream here: polled until it is complete. When its server stopped mid-turn (its lease ran
 * out) the turn is ended with an error saying so, instead of leaving the client waiting.
 */
final class StoredTurn implements TurnEvents {
    private static final long POLL_MS = 500;

    private final String invocationId;
    private final StoredTurns store;

    StoredTurn(String invocationId, StoredTurns store) {
        this.invocationId = invocationId;
        this.store = store;
    }

    @Override
    public String invocationId() {
        return invocationId;
    }

    @Override
    public Next after(int seen, long waitMs) throws InterruptedException {
        long deadline = System.currentTimeMillis() + waitMs;
        while (true) {
            StoredTurns.Turn turn = store.find(invocationId).orElse(null);
            if (turn == null) {
                return new Next(java.util.List.of(), true);
            }
            long now = System.currentTimeMillis();
            if (!turn.complete() && turn.leaseUntilMs() < now) {
                store.endAbandoned(invocationId, new AdkEvents(invocationId).error("5000", "The server running this request stopped"
                        + " before it finished; anything it did not save was not charged. Read the state and ask again."), now);
                continue;
            }
            if (turn.events() > seen || turn.complete()) {
                // Complete is stored after the last event, so a complete turn's events are all there.
                return new Next(store.eventsAfter(invocationId, seen), turn.complete());
            }
            long left = deadline - now;
            if (left <= 0) {
                return new Next(java.util.List.of(), false);
            }
            Thread.sleep(Math.min(POLL_MS, left));
        }
    }
}
