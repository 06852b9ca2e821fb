package dev.reelwright.server.session;

import dev.reelwright.server.account.Ids;
import dev.reelwright.server.store.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Chat sessions and their drafts. A session belongs to the user who made it: asked for by anyone
 * else, it does not exist. Every change to the draft is kept as a new version.
 */
public final class Sessions {
    private final Database database;
    private final LongSupplier clockMs;

    public Sessions(Database database, LongSupplier clockMs) {
        this.database = database;
        this.clockMs = clockMs;
    }

    public record Session(String id, String userId, String taskId, String taskName, String language) {
    }

    /** A session as its owner's list shows it: when it was made and last changed, and its current version (null before any). */
    public record Listed(Session session, long createdMs, long updatedMs, Integer draftVersion) {
    }

    /** A draft as saved: its version (1, 2, ...) and its JSON in the draft format. */
    public record DraftVersion(int version, String draftJson, String reason, String mediaFolder) {
    }

    public Session create(String userId, String taskName, String language) {
        Session session = new Session(Ids.next("s"), userId, Ids.next("t"), taskName, language);
        long now = clockMs.getAsLong();
        return database.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO sessions (id, user_id, task_id, task_name, language, created_ms) VALUES (?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, session.id());
                insert.setString(2, userId);
                insert.setString(3, session.taskId());
                insert.setString(4, taskName);
                insert.setString(5, language);
                insert.setLong(6, now);
                insert.executeUpdate();
            }
            return session;
        });
    }

    /** The session, only if it belongs to {@code userId}. */
    public Optional<Session> find(String sessionId, String userId) {
        return database.inTransaction(connection -> {
            try (PreparedStatement find = connection.prepareStatement(
                    "SELECT id, user_id, task_id, task_name, language FROM sessions WHERE id = ? AND user_id = ?")) {
                find.setString(1, sessionId);
                find.setString(2, userId);
                try (ResultSet row = find.executeQuery()) {
                    return row.next() ? Optional.of(new Session(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                            row.getString(5))) : Optional.empty();
                }
            }
        });
    }

    /** The user's sessions, the most recently changed first; at most {@code limit}. */
    public java.util.List<Listed> ofUser(String userId, int limit) {
        return database.inTransaction(connection -> {
            java.util.List<Listed> listed = new java.util.ArrayList<>();
            try (PreparedStatement find = connection.prepareStatement("SELECT s.id, s.user_id, s.task_id, s.task_name, s.language, s.created_ms,"
                    + " COALESCE((SELECT MAX(v.created_ms) FROM draft_versions v WHERE v.session_id = s.id), s.created_ms) AS updated,"
                    + " COALESCE(s.current_version, (SELECT MAX(v.version) FROM draft_versions v WHERE v.session_id = s.id))"
                    + " FROM sessions s WHERE s.user_id = ? ORDER BY updated DESC, s.created_ms DESC LIMIT ?")) {
                find.setString(1, userId);
                find.setInt(2, limit);
                try (ResultSet row = find.executeQuery()) {
                    while (row.next()) {
                        Session session = new Session(row.getString(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5));
                        long createdMs = row.getLong(6);
                        long updatedMs = row.getLong(7);
                        int version = row.getInt(8);
                        listed.add(new Listed(session, createdMs, updatedMs, row.wasNull() ? null : version));
                    }
                }
            }
            return listed;
        });
    }

    /** Saves a new version of the session's draft, made from the current one, and makes it current; returns its number. */
    public int saveDraft(String sessionId, String draftJson, String reason, String mediaFolder) {
        long now = clockMs.getAsLong();
        return database.inTransaction(connection -> {
            Integer parent = current(connection, sessionId);
            int version;
            try (PreparedStatement last = connection.prepareStatement(
                    "SELECT COALESCE(MAX(version), 0) FROM draft_versions WHERE session_id = ?")) {
                last.setString(1, sessionId);
                try (ResultSet row = last.executeQuery()) {
                    row.next();
                    version = row.getInt(1) + 1;
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO draft_versions (session_id, version, draft_json, reason,"
                    + " created_ms, media_folder, parent_version) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, sessionId);
                insert.setInt(2, version);
                insert.setString(3, draftJson);
                insert.setString(4, reason);
                insert.setLong(5, now);
                insert.setString(6, mediaFolder);
                insert.setObject(7, parent);
                insert.executeUpdate();
            }
            setCurrent(connection, sessionId, version);
            return version;
        });
    }

    /** Undo: the version the current one was made from becomes current; empty when there is none. */
    public Optional<DraftVersion> undo(String sessionId) {
        return database.inTransaction(connection -> {
            Integer current = current(connection, sessionId);
            Integer parent = current == null ? null : intQuery(connection,
                    "SELECT parent_version FROM draft_versions WHERE session_id = ? AND version = ?", sessionId, current);
            if (parent == null) {
                return Optional.<Integer>empty();
            }
            setCurrent(connection, sessionId, parent);
            return Optional.of(parent);
        }).flatMap(version -> draft(sessionId, version));
    }

    /** Redo: the latest version made from the current one becomes current; empty when there is none. */
    public Optional<DraftVersion> redo(String sessionId) {
        return database.inTransaction(connection -> {
            Integer current = current(connection, sessionId);
            Integer child = current == null ? null : intQuery(connection,
                    "SELECT MAX(version) FROM draft_versions WHERE session_id = ? AND parent_version = ?", sessionId, current);
            if (child == null) {
                return Optional.<Integer>empty();
            }
            setCurrent(connection, sessionId, child);
            return Optional.of(child);
        }).flatMap(version -> draft(sessionId, version));
    }

    /** The question the agent asked last in this session and still waits on (JSON), or null. */
    public String pendingQuestion(String sessionId) {
        return database.inTransaction(connection -> {
            try (PreparedStatement find = connection.prepareStatement("SELECT pending_question FROM sessions WHERE id = ?")) {
                find.setString(1, sessionId);
                try (ResultSet row = find.executeQuery()) {
                    return row.next() ? row.getString(1) : null;
                }
            }
        });
    }

    public void setPendingQuestion(String sessionId, String questionJson) {
        database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE sessions SET pending_question = ? WHERE id = ?")) {
                update.setString(1, questionJson);
                update.setString(2, sessionId);
                update.executeUpdate();
            }
            return null;
        });
    }

    private static Integer current(java.sql.Connection connection, String sessionId) throws java.sql.SQLException {
        Integer current = intQuery(connection, "SELECT current_version FROM sessions WHERE id = ?", sessionId);
        // Sessions from before undo existed: their newest version is current.
        return current != null ? current : intQuery(connection, "SELECT MAX(version) FROM draft_versions WHERE session_id = ?", sessionId);
    }

    private static void setCurrent(java.sql.Connection connection, String sessionId, int version) throws java.sql.SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE sessions SET current_version = ? WHERE id = ?")) {
            update.setInt(1, version);
            update.setString(2, sessionId);
            update.executeUpdate();
        }
    }

    private static Integer intQuery(java.sql.Connection connection, String sql, Object... values) throws java.sql.SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                query.setObject(i + 1, values[i]);
            }
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return null;
                }
                int value = row.getInt(1);
                return row.wasNull() ? null : value;
            }
        }
    }

    /** A given version of the session's draft. */
    public Optional<DraftVersion> draft(String sessionId, int version) {
        return draftWhere("session_id = ? AND version = ?", sessionId, version);
    }

    /** The current version (the newest, unless undo went back). */
    public Optional<DraftVersion> latestDraft(String sessionId) {
        Integer current = database.inTransaction(connection -> current(connection, sessionId));
        return current == null ? Optional.empty() : draft(sessionId, current);
    }

    private Optional<DraftVersion> draftWhere(String condition, Object... values) {
        return database.inTransaction(connection -> {
            try (PreparedStatement find = connection.prepareStatement(
                    "SELECT version, draft_json, reason, media_folder FROM draft_versions WHERE " + condition)) {
                for (int i = 0; i < values.length; i++) {
                    find.setObject(i + 1, values[i]);
                }
                try (ResultSet row = find.executeQuery()) {
                    return row.next() ? Optional.of(new DraftVersion(row.getInt(1), row.getString(2), row.getString(3), row.getString(4)))
                            : Optional.empty();
                }
            }
        });
    }
}
