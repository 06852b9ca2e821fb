-- One schema for SQLite and PostgreSQL: TEXT ids, BIGINT amounts and epoch-millisecond times.
CREATE TABLE users (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    name TEXT,
    created_ms BIGINT NOT NULL
);

-- Tokens are stored as their SHA-256, never as themselves.
CREATE TABLE tokens (
    token_hash TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id),
    expires_ms BIGINT NOT NULL
);

-- One anonymous grant per client id while it lasts: the primary key is the lock.
CREATE TABLE client_grants (
    client_id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL,
    expires_ms BIGINT NOT NULL
);

-- Anonymous grants per IP address in the current window.
CREATE TABLE ip_grants (
    ip TEXT PRIMARY KEY,
    window_start_ms BIGINT NOT NULL,
    grants INTEGER NOT NULL
);

CREATE TABLE credit_accounts (
    user_id TEXT PRIMARY KEY REFERENCES users(id),
    available BIGINT NOT NULL CHECK (available >= 0),
    frozen BIGINT NOT NULL CHECK (frozen >= 0),
    granted BIGINT NOT NULL,
    consumed BIGINT NOT NULL
);

CREATE TABLE credit_reservations (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id),
    amount BIGINT NOT NULL,
    state TEXT NOT NULL,
    purpose TEXT NOT NULL,
    created_ms BIGINT NOT NULL,
    settled_ms BIGINT
);

-- Every credit movement, in order of time.
CREATE TABLE credit_ledger (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id),
    kind TEXT NOT NULL,
    amount BIGINT NOT NULL,
    reservation_id TEXT,
    note TEXT,
    at_ms BIGINT NOT NULL
);
CREATE INDEX credit_ledger_user ON credit_ledger(user_id, at_ms);

CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id),
    task_id TEXT NOT NULL,
    task_name TEXT NOT NULL,
    language TEXT,
    created_ms BIGINT NOT NULL
);
CREATE INDEX sessions_user ON sessions(user_id);

-- Every change to a session's draft is a new version.
CREATE TABLE draft_versions (
    session_id TEXT NOT NULL REFERENCES sessions(id),
    version INTEGER NOT NULL,
    draft_json TEXT NOT NULL,
    reason TEXT NOT NULL,
    created_ms BIGINT NOT NULL,
    PRIMARY KEY (session_id, version)
);
