-- An export being made is held by one server for a lease it renews while it works; a server that
-- starts takes back only the jobs whose lease ran out (their server stopped), never another's.
ALTER TABLE render_jobs ADD COLUMN lease_until_ms BIGINT;
