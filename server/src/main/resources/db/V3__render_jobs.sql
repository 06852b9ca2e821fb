-- Exports: one row per render job, its reservation, progress and result.
CREATE TABLE render_jobs (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id),
    session_id TEXT NOT NULL REFERENCES sessions(id),
    draft_version INTEGER NOT NULL,
    quality TEXT NOT NULL,
    resolution TEXT,
    status TEXT NOT NULL,
    progress INTEGER NOT NULL,
    reservation_id TEXT,
    output_path TEXT,
    duration_ms BIGINT,
    size_bytes BIGINT,
    error TEXT,
    created_ms BIGINT NOT NULL,
    completed_ms BIGINT
);
CREATE INDEX render_jobs_status ON render_jobs(status);
