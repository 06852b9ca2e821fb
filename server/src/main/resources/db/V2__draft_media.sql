-- Where a draft version's made media (voice, music) lives, for rendering it later.
ALTER TABLE draft_versions ADD COLUMN media_folder TEXT;
