-- When a validation run last covered each batch (null: never since its import). The batch scores read it; it used to
-- be worked out from the audit log, which a workspace extracted from the national store does not have for batches
-- validated where they were imported (issue 21): the store now carries it, and an extract brings it down.
ALTER TABLE import_batch ADD COLUMN validated_at TEXT;

-- what the audit log says: a run covering the batch (all batches, or a list naming it) logged after its import
UPDATE import_batch SET validated_at = (
    SELECT MAX(v.at) FROM audit_log v WHERE v.action = 'validate'
       AND (v.subject = 'all batches' OR (v.subject LIKE 'batch %'
            AND ',' || REPLACE(SUBSTR(v.subject, 7), ' ', '') || ',' LIKE '%,' || import_batch.id || ',%'))
       AND v.id > COALESCE((SELECT MAX(a.id) FROM audit_log a WHERE a.action = 'import' AND a.subject = 'batch ' || import_batch.id), 0));
