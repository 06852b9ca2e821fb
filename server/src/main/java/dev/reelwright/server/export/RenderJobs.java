package dev.reelwright.server.export;

import dev.reelwright.server.store.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The render_jobs table: each status change is one conditional update, so a finished job stays finished. */
public final class RenderJobs {
    private static final String COLUMNS = "id, user_id, session_id, draft_version, quality, resolution, status, progress, reservation_id,"
            + " output_path, duration_ms, size_bytes, error, created_ms, completed_ms";
    private final Database database;

    public RenderJobs(Database database) {
        this.database = database;
    }

    /** False when the id is taken (clients retry with a new one). */
    public boolean create(RenderJob job) {
        return database.inTransaction(connection -> {
            try (PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM render_jobs WHERE id = ?")) {
                exists.setString(1, job.id());
                try (ResultSet row = exists.executeQuery()) {
                    if (row.next()) {
                        return false;
                    }
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO render_jobs (" + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, job.id());
                insert.setString(2, job.userId());
                insert.setString(3, job.sessionId());
                insert.setInt(4, job.draftVersion());
                insert.setString(5, job.quality());
                insert.setString(6, job.resolution());
                insert.setString(7, job.status());
                insert.setInt(8, job.progress());
                insert.setString(9, job.reservationId());
                insert.setString(10, null);
                insert.setObject(11, null);
                insert.setObject(12, null);
                insert.setString(13, null);
                insert.setLong(14, job.createdMs());
                insert.setObject(15, null);
                insert.executeUpdate();
            }
            return true;
        });
    }

    public Optional<RenderJob> find(String id) {
        List<RenderJob> found = select("WHERE id = ?", id);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** A session's exports, the newest first. */
    public List<RenderJob> ofSession(String sessionId) {
        return select("WHERE session_id = ? ORDER BY created_ms DESC", sessionId);
    }

    /** Jobs a stopped server left unfinished, oldest first. */
    public List<RenderJob> unfinished() {
        return select("WHERE status IN ('pending', 'processing') ORDER BY created_ms");
    }

    /** Moves a job on from {@code from} (a status, or "unfinished"); false when it had already moved elsewhere. */
    public boolean move(String id, String from, String to) {
        return database.update("UPDATE render_jobs SET status = ? WHERE id = ? AND " + condition(from), to, id);
    }

    /**
     * Takes a pending job for this server until {@code leaseUntilMs}; false when another server took it
     * first (the update is the lock: a job is run by one server only).
     */
    public boolean claim(String id, long leaseUntilMs) {
        return database.update("UPDATE render_jobs SET status = 'processing', lease_until_ms = ? WHERE id = ? AND status = 'pending'", leaseUntilMs, id);
    }

    /**
     * Extends the lease of a job this server is making; false when it is no longer being made (it
     * was cancelled, perhaps through another server), so this server stops making it.
     */
    public boolean renew(String id, long leaseUntilMs) {
        return database.update("UPDATE render_jobs SET lease_until_ms = ? WHERE id = ? AND status = 'processing'", leaseUntilMs, id);
    }

    /**
     * Puts back in line the jobs being made by a server that stopped: those processing with a lease that
     * ran out by {@code nowMs} (or none, from before leases). A job another server is making is left alone.
     */
    public void releaseOrphans(long nowMs) {
        database.update("UPDATE render_jobs SET status = 'pending', lease_until_ms = NULL WHERE status = 'processing'"
                + " AND (lease_until_ms IS NULL OR lease_until_ms < ?)", nowMs);
    }

    public void progress(String id, int percent) {
        database.update("UPDATE render_jobs SET progress = ? WHERE id = ? AND status = 'processing' AND progress < ?", percent, id, percent);
    }

    public boolean complete(String id, String outputPath, long durationMs, long sizeBytes) {
        return database.update("UPDATE render_jobs SET status = 'completed', progress = 100, output_path = ?, duration_ms = ?, size_bytes = ?,"
                + " completed_ms = ? WHERE id = ? AND status = 'processing'", outputPath, durationMs, sizeBytes, System.currentTimeMillis(), id);
    }

    /** Ends an unfinished job as failed or cancelled; false when it had already finished. */
    public boolean end(String id, String status, String error) {
        return database.update("UPDATE render_jobs SET status = ?, error = ?, completed_ms = ? WHERE id = ? AND status IN ('pending', 'processing')",
                status, error, System.currentTimeMillis(), id);
    }

    private static String condition(String from) {
        return from.equals("unfinished") ? "status IN ('pending', 'processing')" : "status = '" + from.replaceAll("[^a-z]", "") + "'";
    }


    private List<RenderJob> select(String where, Object... values) {
        return database.inTransaction(connection -> {
            List<RenderJob> jobs = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement("SELECT " + COLUMNS + " FROM render_jobs " + where)) {
                for (int i = 0; i < values.length; i++) {
                    statement.setObject(i + 1, values[i]);
                }
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        jobs.add(read(row));
                    }
                }
            }
            return jobs;
        });
    }

    private static RenderJob read(ResultSet row) throws SQLException {
        return new RenderJob(row.getString(1), row.getString(2), row.getString(3), row.getInt(4), row.getString(5), row.getString(6),
                row.getString(7), row.getInt(8), row.getString(9), row.getString(10), nullableLong(row, 11), nullableLong(row, 12),
                row.getString(13), row.getLong(14), nullableLong(row, 15));
    }

    private static Long nullableLong(ResultSet row, int column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }
}
