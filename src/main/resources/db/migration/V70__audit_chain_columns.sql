-- The audit log says which app version wrote each entry and chains the entries: prev_hash is the SHA-256 of
-- the entry before (64 zeros for the first), hash this entry's own over its fields and prev_hash
-- (store.AuditChain). V71 (a Java migration, store.migration) chains the entries written before this.
ALTER TABLE audit_log ADD COLUMN version TEXT;
ALTER TABLE audit_log ADD COLUMN prev_hash TEXT;
ALTER TABLE audit_log ADD COLUMN hash TEXT;
