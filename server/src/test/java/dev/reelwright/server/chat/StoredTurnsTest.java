package dev.reelwright.server.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelwright.server.TestDatabases;
import dev.reelwright.server.store.Database;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What several servers share about chat turns, on both databases: who runs a session's turn, and turns whose server stopped. */
class StoredTurnsTest {
    @TempDir
    Path folder;

    static java.util.stream.Stream<String> kinds() {
        return TestDatabases.kinds();
    }

    private static StoredTurns withSession(Database database) {
        database.inTransaction(connection -> {
            try (PreparedStatement user = connection.prepareStatement("INSERT INTO users (id, kind, created_ms) VALUES ('u1', 'anonymous', 0)");
                 PreparedStatement session = connection.prepareStatement(
                         "INSERT INTO sessions (id, user_id, task_id, task_name, created_ms) VALUES ('s1', 'u1', 't1', 'test', 0)")) {
                user.executeUpdate();
                session.executeUpdate();
            }
            return null;
        });
        return new StoredTurns(database);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aSessionRunsOneTurnAtATimeUntilItEndsOrItsServerStops(String kind) {
        StoredTurns turns = withSession(TestDatabases.open(kind, folder));
        long now = 1_000_000;
        turns.create("inv_a", "u1", "s1", now + 15_000, now);
        turns.create("inv_b", "u1", "s1", now + 15_000, now);
        assertTrue(turns.holdSession("s1", "inv_a", now));
        assertTrue(turns.holdSession("s1", "inv_a", now), "holding again is holding");
        assertFalse(turns.holdSession("s1", "inv_b", now), "the first turn runs");
        turns.complete("inv_a", now + 1);
        assertTrue(turns.holdSession("s1", "inv_b", now + 2), "a finished turn holds its session no more");
        assertFalse(turns.holdSession("s1", "inv_a", now + 2));
        assertTrue(turns.holdSession("s1", "inv_a", now + 15_001), "the second turn's server stopped renewing: its lease ran out");
        turns.releaseSession("s1", "inv_a");
        assertTrue(turns.holdSession("s1", "inv_b", now + 15_002));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aTurnWhoseServerStoppedEndsOnceWithAnErrorForWhoeverResumesIt(String kind) throws Exception {
        StoredTurns turns = withSession(TestDatabases.open(kind, folder));
        long now = System.currentTimeMillis();
        turns.create("inv_gone", "u1", "s1", now - 1, now - 20_000);
        turns.append("inv_gone", 1, "{\"n\":1}");
        turns.append("inv_gone", 2, "{\"n\":2}");
        turns.create("inv_live", "u1", "s1", now + 60_000, now);
        turns.append("inv_live", 1, "{\"n\":1}");

        TurnEvents.Next live = new StoredTurn("inv_live", turns).after(1, 300);
        assertTrue(live.events().isEmpty());
        assertFalse(live.complete(), "a turn whose server still vouches for it is waited for");

        TurnEvents.Next first = new StoredTurn("inv_gone", turns).after(1, 300);
        assertEquals(2, first.events().size(), first.toString());
        assertEquals("{\"n\":2}", first.events().get(0));
        assertTrue(first.events().get(1).contains("stopped before it finished"), first.events().get(1));
        assertTrue(first.complete());
        TurnEvents.Next again = new StoredTurn("inv_gone", turns).after(0, 300);
        assertEquals(3, again.events().size(), "ended once: " + again);
        assertEquals(first.events().get(1), again.events().get(2));
        assertFalse(turns.endAbandoned("inv_gone", "{}", now + 1_000_000), "an ended turn stays ended");
    }
}
