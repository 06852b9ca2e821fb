package dev.reelwright.server.chat;

import dev.reelwright.server.store.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The chat_turns and chat_turn_events tables: every turn's events, whichever server runs it, and
 * which turn each session is running. Each change is one conditional statement, so two servers
 * never both hold a session and an ended turn stays ended.
 */
final class StoredTurns {
    private final Database database;

    StoredTurns(Database database) {
        this.database = database;
    }

    /** A turn as another server sees it: how many events it has, whether it ended, and until when its server vouches for it. */
    record Turn(String invocationId, String userId, int events, boolean complete, long leaseUntilMs) {
    }

    void create(String invocationId, String userId, String sessionId, long leaseUntilMs, long nowMs) {
        database.update("INSERT INTO chat_turns (invocation_id, user_id, session_id, events, lease_until_ms, created_ms) VALUES (?, ?, ?, 0, ?, ?)",
                invocationId, userId, sessionId, leaseUntilMs, nowMs);
    }

    void append(String invocationId, int number, String eventJson) {
        database.inTransaction(connection -> {
            insertEvent(connection, invocationId, number, eventJson);
            return null;
        });
    }

    void complete(String invocationId, long nowMs) {
        database.update("UPDATE chat_turns SET completed_ms = ? WHERE invocation_id = ? AND completed_ms IS NULL", nowMs, invocationId);
    }

    /** Extends the leases of the turns this server is running. */
    void renew(Collection<String> invocationIds, long leaseUntilMs) {
        for (String id : invocationIds) {
            database.update("UPDATE chat_turns SET lease_until_ms = ? WHERE invocation_id = ? AND completed_ms IS NULL", leaseUntilMs, id);
        }
    }

    Optional<Turn> find(String invocationId) {
        return database.inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT user_id, events, completed_ms, lease_until_ms FROM chat_turns WHERE invocation_id = ?")) {
                select.setString(1, invocationId);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(new Turn(invocationId, row.getString(1), row.getInt(2), row.getObject(3) != null,
                            row.getLong(4))) : Optional.empty();
                }
            }
        });
    }

    /** The events after the first {@code seen}, in order. */
    List<String> eventsAfter(String invocationId, int seen) {
        return database.inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT event_json FROM chat_turn_events WHERE invocation_id = ? AND number > ? ORDER BY number")) {
                select.setString(1, invocationId);
                select.setInt(2, seen);
                List<String> events = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        events.add(rows.getString(1));
                    }
                }
                return events;
            }
        });
    }

    /**
     * Ends a turn whose server stopped (unfinished, its lease run out by {@code nowMs}) with
     * {@code errorJson} as its last event; false when it is running or already ended.
     */
    boolean endAbandoned(String invocationId, String errorJson, long nowMs) {
        return database.inTransaction(connection -> {
            int events;
            try (PreparedStatement end = connection.prepareStatement("UPDATE chat_turns SET completed_ms = ? WHERE invocation_id = ?"
                    + " AND completed_ms IS NULL AND lease_until_ms < ?")) {
                end.setLong(1, nowMs);
                end.setString(2, invocationId);
                end.setLong(3, nowMs);
                if (end.executeUpdate() == 0) {
                    return false;
                }
            }
            try (PreparedStatement count = connection.prepareStatement("SELECT events FROM chat_turns WHERE invocation_id = ?")) {
                count.setString(1, invocationId);
                try (ResultSet row = count.executeQuery()) {
                    row.next();
                    events = row.getInt(1);
                }
            }
            insertEvent(connection, invocationId, events + 1, errorJson);
            return true;
        });
    }

    /**
     * Makes {@code invocationId} the turn its session is running; false while another turn of the
     * session runs (unfinished, its lease current at {@code nowMs}) on this server or another.
     */
    boolean holdSession(String sessionId, String invocationId, long nowMs) {
        return database.update("UPDATE sessions SET turn_holder = ? WHERE id = ? AND (turn_holder = ? OR NOT EXISTS (SELECT 1 FROM chat_turns t"
                + " WHERE t.invocation_id = sessions.turn_holder AND t.completed_ms IS NULL AND t.lease_until_ms >= ?))",
                invocationId, sessionId, invocationId, nowMs);
    }

    void releaseSession(String sessionId, String invocationId) {
        database.update("UPDATE sessions SET turn_holder = NULL WHERE id = ? AND turn_holder = ?", sessionId, invocationId);
    }

    /** Forgets the turns that ended before {@code beforeMs} (resuming is for dropped connections, not for history). */
    void forgetEndedBefore(long beforeMs) {
        database.update("DELETE FROM chat_turns WHERE (completed_ms IS NOT NULL AND completed_ms < ?) OR (completed_ms IS NULL AND lease_until_ms < ?)",
                beforeMs, beforeMs);
    }

    private static void insertEvent(Connection connection, String invocationId, int number, String eventJson) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO chat_turn_events (invocation_id, number, event_json) VALUES (?, ?, ?)")) {
            insert.setString(1, invocationId);
            insert.setInt(2, number);
            insert.setString(3, eventJson);
            insert.executeUpdate();
        }
        try (PreparedStatement count = connection.prepareStatement(
                "UPDATE chat_turns SET events = ? WHERE invocation_id = ? AND events < ?")) {
            count.setInt(1, number);
            count.setString(2, invocationId);
            count.setInt(3, number);
            count.executeUpdate();
        }
    }

}
