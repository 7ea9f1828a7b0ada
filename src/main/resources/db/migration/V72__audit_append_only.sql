-- The app never changes or removes an audit entry. These triggers make that a property of the workspace,
-- not only of the code: an UPDATE or DELETE through any connection is refused. (Someone with the file can
-- drop them; the hash chain is what then shows the edit: audit --verify.)
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
