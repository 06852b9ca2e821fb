-- Uploaded media and documents, one row per file, readable only by their owner.
CREATE TABLE media (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id),
    session_id TEXT NOT NULL REFERENCES sessions(id),
    filename TEXT NOT NULL,
    file_type TEXT NOT NULL,
    path TEXT NOT NULL,
    size_bytes BIGINT NOT NULL,
    sha256 TEXT NOT NULL,
    duration_ms BIGINT,
    width INTEGER,
    height INTEGER,
    fps DOUBLE PRECISION,
    created_ms BIGINT NOT NULL
);
CREATE INDEX media_session ON media(session_id);
