-- The explanation of a finding as a message key and its arguments, so the Data quality screen can show it in
-- the UI's language; why keeps the English text the CLI prints. Both NULL on issues stored before this
-- migration: the screen then shows why as stored.
ALTER TABLE validation_issue ADD COLUMN why_key TEXT;
-- a JSON array: each element a ready-formatted string, or {"key": ..., "args": [...]} for a nested clause
ALTER TABLE validation_issue ADD COLUMN why_args TEXT;
