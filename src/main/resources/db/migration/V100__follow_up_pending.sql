-- A batch whose follow-up (rules, rollups, tracking, alerts) has not finished. The row is written by a
-- trigger in the very transaction that stores the batch, so a process killed between that commit and the
-- end of the follow-up leaves the batch marked, and the next open finishes the job; without it such a batch
-- kept its lines counted and never got its findings.
CREATE TABLE follow_up_pending (
    batch_id INTEGER PRIMARY KEY REFERENCES import_batch(id)
);

CREATE TRIGGER follow_up_pending_on_store AFTER UPDATE OF status ON import_batch
WHEN OLD.status = 'importing' AND NEW.status = 'stored'
BEGIN
    INSERT OR IGNORE INTO follow_up_pending(batch_id) VALUES (NEW.id);
END;

CREATE TRIGGER follow_up_pending_on_undo AFTER UPDATE OF status ON import_batch
WHEN NEW.status = 'undone'
BEGIN
    DELETE FROM follow_up_pending WHERE batch_id = NEW.id;
END;
