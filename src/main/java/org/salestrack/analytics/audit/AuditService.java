package org.salestrack.analytics.audit;

import java.nio.file.Path;
import java.util.List;
import org.salestrack.model.AuditEntry;
import org.salestrack.model.AuditFilter;
import org.salestrack.model.AuditVerdict;
import org.salestrack.store.AuditChain;
import org.salestrack.store.AuditLog;
import org.salestrack.store.Workspace;

/**
 * The workspace's safety for the screens and commands: the audit trail (list and filter entries, verify the chain,
 * record exports) and backups, which the trail records.
 */
public final class AuditService {
    /** Export actions: a file written from the workspace's data (table, workbook, backup, the audit log itself). */
    public static final String EXPORT = "export";

    private final Workspace workspace;
    private final AuditLog log;

    public AuditService(Workspace workspace) {
        this.workspace = workspace;
        this.log = new AuditLog(workspace);
    }

    /** A consistent copy of the workspace (safe while it is imported into), itself recorded; returns its size in bytes. */
    public long backup(Path out) { return workspace.backupTo(out); }

    /** Whether the open workspace is encrypted. */
    public boolean encrypted() { return workspace.encrypted(); }

    /** Encrypts the open workspace under {@code passphrase} (AES-256); written to the audit log. Slow: off the FX thread. */
    public void encrypt(String passphrase) { workspace.encrypt(passphrase); }

    /** Decrypts the open workspace; written to the audit log. */
    public void decrypt() { workspace.decrypt(); }

    /** Re-encrypts the open workspace under a new passphrase; written to the audit log. */
    public void changePassphrase(String passphrase) { workspace.changePassphrase(passphrase); }

    public List<AuditEntry> entries(AuditFilter filter, int limit) { return log.entries(filter, limit); }

    public List<String> actions() { return log.distinct("action"); }

    public List<String> users() { return log.distinct("who"); }

    public AuditVerdict verify() {
        AuditChain.Walk walk = new AuditChain.Walk();
        String[] head = {AuditChain.GENESIS};
        log.forEach(e -> {
            walk.accept(e);
            if (e.hash() != null) head[0] = e.hash();
        });
        return new AuditVerdict(walk.checked(), walk.broken(), head[0]);
    }

    /** Records that {@code file} was written; {@code what} says what it holds (e.g. "table Customers, 120 rows"). */
    public void exported(Path file, String what) {
        log.record(EXPORT, file.toAbsolutePath().toString(), what);
    }
}
