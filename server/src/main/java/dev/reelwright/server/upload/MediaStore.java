package dev.reelwright.server.upload;

import dev.reelwright.server.store.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The media table: what each upload is, where it lies, and whose it is. */
public final class MediaStore {
    private static final String COLUMNS = "id, user_id, session_id, filename, file_type, path, size_bytes, sha256, duration_ms, width,"
            + " height, fps, created_ms";
    private final Database database;

    public MediaStore(Database database) {
        this.database = database;
    }

    /** One stored upload. Duration, size and fps are null for documents. */
    public record StoredMedia(String id, String userId, String sessionId, String filename, String fileType, String path, long sizeBytes,
                              String sha256, Long durationMs, Integer width, Integer height, Double fps, long createdMs) {
    }

    public void add(StoredMedia media) {
        database.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO media (" + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                Object[] values = {media.id(), media.userId(), media.sessionId(), media.filename(), media.fileType(), media.path(),
                        media.sizeBytes(), media.sha256(), media.durationMs(), media.width(), media.height(), media.fps(), media.createdMs()};
                for (int i = 0; i < values.length; i++) {
                    insert.setObject(i + 1, values[i]);
                }
                insert.executeUpdate();
            }
            return null;
        });
    }

    /** The upload, only if it is {@code userId}'s. */
    public Optional<StoredMedia> find(String id, String userId) {
        List<StoredMedia> found = select("WHERE id = ? AND user_id = ?", id, userId);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    public List<StoredMedia> ofSession(String sessionId) {
        return select("WHERE session_id = ? ORDER BY created_ms, id", sessionId);
    }

    private List<StoredMedia> select(String where, Object... values) {
        return database.inTransaction(connection -> {
            List<StoredMedia> media = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM media " + where)) {
                for (int i = 0; i < values.length; i++) {
                    select.setObject(i + 1, values[i]);
                }
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        media.add(read(row));
                    }
                }
            }
            return media;
        });
    }

    private static StoredMedia read(ResultSet row) throws SQLException {
        long duration = row.getLong(9);
        Long durationMs = row.wasNull() ? null : duration;
        int width = row.getInt(10);
        Integer w = row.wasNull() ? null : width;
        int height = row.getInt(11);
        Integer h = row.wasNull() ? null : height;
        double fps = row.getDouble(12);
        Double f = row.wasNull() ? null : fps;
        return new StoredMedia(row.getString(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5), row.getString(6),
                row.getLong(7), row.getString(8), durationMs, w, h, f, row.getLong(13));
    }
}
