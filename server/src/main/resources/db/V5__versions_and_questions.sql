-- Undo and redo move between versions: each version knows the one it was made from, and a
-- session knows which version is current. An open question of the agent waits for its answer.
ALTER TABLE draft_versions ADD COLUMN parent_version INTEGER;
ALTER TABLE sessions ADD COLUMN current_version INTEGER;
ALTER TABLE sessions ADD COLUMN pending_question TEXT;
-- Versions saved before this one were each made from the one before.
UPDATE draft_versions SET parent_version = version - 1 WHERE version > 1 AND parent_version IS NULL;
