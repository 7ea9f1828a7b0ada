-- Why a row was quarantined, as a message key and its arguments, so the Data quality screen can show the
-- reason in the UI's language; reason keeps the English text. Both NULL on rows quarantined before this
-- migration: they are then shown with reason as stored.
ALTER TABLE quarantine ADD COLUMN reason_key TEXT;
-- a JSON array as in validation_issue.why_args: each element a string, or {"key": ..., "args": [...]}
ALTER TABLE quarantine ADD COLUMN reason_args TEXT;
