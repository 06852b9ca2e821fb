-- What several servers on one database must share. A chat turn and its events, so a client that
-- lost its stream resumes it with Last-Event-ID on any server; the server running a turn renews
-- its lease, and a turn whose lease ran out (its server stopped) is ended with an error.
CREATE TABLE chat_turns (
    invocation_id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id),
    session_id TEXT NOT NULL REFERENCES sessions(id),
    events INTEGER NOT NULL,
    lease_until_ms BIGINT NOT NULL,
    created_ms BIGINT NOT NULL,
    completed_ms BIGINT
);
CREATE INDEX chat_turns_created ON chat_turns(created_ms);
CREATE TABLE chat_turn_events (
    invocation_id TEXT NOT NULL REFERENCES chat_turns(invocation_id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    event_json TEXT NOT NULL,
    PRIMARY KEY (invocation_id, number)
);
-- The turn a session is running: two turns of one session never interleave, on any server.
ALTER TABLE sessions ADD COLUMN turn_holder TEXT;
-- Request rate buckets shared by all servers (Bucket4j's table; used on PostgreSQL).
CREATE TABLE rate_buckets (
    id TEXT PRIMARY KEY,
    state BYTEA,
    expires_at BIGINT
);
