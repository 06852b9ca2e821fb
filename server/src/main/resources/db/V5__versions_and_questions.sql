-- Undo and redo move between versions: each version knows the one it was made from, and a
-- session knows which version is current. An open question of the agent waits for its answer.
ALTER TABLE draft_versions ADD COLUMN parent_version INTEGER;
ALTER TABLE sessions ADD COLUMN current_version INTEGER;
ALTER TABLE sessions ADD COLUMN pending_question TEXT;
