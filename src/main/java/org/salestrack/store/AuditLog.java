package org.salestrack.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/** Appends to the audit log: every import, undo, export, edit and rule change says who, when and what. */
public final class AuditLog {
    private final Workspace workspace;

    public AuditLog(Workspace workspace) { this.workspace = workspace; }

    public static String user() {
        String u = System.getProperty("user.name");
        return u == null || u.isBlank() ? "unknown" : u;
    }

    public void record(String action, String subject, String detail) {
        try (Connection c = workspace.connect()) {
            record(c, action, subject, detail);
        } catch (SQLException e) {
            throw new StoreException("cannot write the audit log", e);
        }
    }

    /** Records inside the caller's transaction, so the entry stands or falls with the change. */
    public static void record(Connection c, String action, String subject, String detail) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_log(at, who, action, subject, detail) VALUES (?,?,?,?,?)")) {
            ps.setString(1, LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS).toString());
            ps.setString(2, user());
            ps.setString(3, action);
            ps.setString(4, subject);
            ps.setString(5, detail);
            ps.executeUpdate();
        }
    }
}
