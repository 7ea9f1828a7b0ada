package org.salestrack.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.salestrack.model.AppVersion;
import org.salestrack.model.AuditEntry;
import org.salestrack.model.AuditFilter;

/**
 * Appends to the audit log: every import, undo, export, edit and rule change says who (the OS user), when,
 * with which app version and what. Each entry carries the SHA-256 of the one before it ({@link AuditChain});
 * the app never updates or deletes an entry (V72's triggers refuse it).
 */
public final class AuditLog {
    private static final String COLUMNS = "id, at, who, version, action, subject, detail, prev_hash, hash";
    private final Workspace workspace;

    public AuditLog(Workspace workspace) { this.workspace = workspace; }

    /**
     * The newest entry's id, 0 for none. Every change to the figures (import, undo, review, validation) writes an
     * entry in its own transaction, so an unchanged id means unchanged figures: readers keep what they derived.
     */
    public long latestId() {
        try (Connection c = workspace.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM audit_log")) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            throw new StoreException("cannot read the audit log", e);
        }
    }

    public static String user() {
        String u = System.getProperty("user.name");
        return u == null || u.isBlank() ? "unknown" : u;
    }

    public void record(String action, String subject, String detail) {
        try (Connection c = workspace.connect()) {
            if (workspace.onServer()) {
                // the store's own audit log, written by its function as the person logged in (she cannot insert there herself)
                try (PreparedStatement ps = c.prepareStatement("SELECT national_audit(?, ?, ?)")) {
                    ps.setString(1, action);
                    ps.setString(2, subject);
                    ps.setString(3, detail);
                    ps.execute();
                }
                return;
            }
            record(c, action, subject, detail);
        } catch (SQLException e) {
            throw new StoreException("cannot write the audit log", e);
        }
    }

    /**
     * Records inside the caller's transaction, so the entry stands or falls with the change. Outside one, the
     * read of the last hash and the insert take the write lock together, so two writers cannot fork the chain.
     */
    public static void record(Connection c, String action, String subject, String detail) throws SQLException {
        boolean own = c.getAutoCommit();
        if (own) {
            try (Statement s = c.createStatement()) {
                s.execute("BEGIN IMMEDIATE");
            }
        }
        try {
            long id = 1;
            String prev = AuditChain.GENESIS;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")) {
                if (rs.next()) {
                    id = rs.getLong(1) + 1;
                    prev = rs.getString(2) == null ? AuditChain.GENESIS : rs.getString(2);
                }
            }
            String at = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS).toString();
            String who = user();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_log(" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?)")) {
                ps.setLong(1, id);
                ps.setString(2, at);
                ps.setString(3, who);
                ps.setString(4, AppVersion.NUMBER);
                ps.setString(5, action);
                ps.setString(6, subject);
                ps.setString(7, detail);
                ps.setString(8, prev);
                ps.setString(9, AuditChain.hash(prev, id, at, who, AppVersion.NUMBER, action, subject, detail));
                ps.executeUpdate();
            }
            if (own) {
                try (Statement s = c.createStatement()) {
                    s.execute("COMMIT");
                }
            }
        } catch (SQLException | RuntimeException e) {
            if (own) {
                try (Statement s = c.createStatement()) {
                    s.execute("ROLLBACK");
                } catch (SQLException ignored) {
                    // the failure that matters is the one being thrown
                }
            }
            throw e;
        }
    }

    /** The entries that pass the filter, newest first, at most {@code limit}. */
    public List<AuditEntry> entries(AuditFilter filter, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM audit_log WHERE 1 = 1");
        List<String> args = new ArrayList<>();
        if (filter.action() != null) {
            sql.append(" AND action = ?");
            args.add(filter.action());
        }
        if (filter.who() != null) {
            sql.append(" AND who = ?");
            args.add(filter.who());
        }
        if (filter.from() != null) {
            sql.append(" AND at >= ?");
            args.add(filter.from().toString());
        }
        if (filter.to() != null) {
            sql.append(" AND at < ?");
            args.add(filter.to().plusDays(1).toString());
        }
        if (filter.text() != null) {
            sql.append(" AND (instr(lower(subject), ?) > 0 OR instr(lower(detail), ?) > 0)");
            args.add(filter.text().toLowerCase(java.util.Locale.ROOT));
            args.add(filter.text().toLowerCase(java.util.Locale.ROOT));
        }
        sql.append(" ORDER BY id DESC LIMIT ").append(limit);
        List<AuditEntry> out = new ArrayList<>();
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) ps.setString(i + 1, args.get(i));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(entry(rs));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the audit log", e);
        }
        return out;
    }

    /** The distinct actions and users, for the screen's filters. */
    public List<String> distinct(String column) {
        if (!column.equals("action") && !column.equals("who")) throw new IllegalArgumentException(column);
        List<String> out = new ArrayList<>();
        try (Connection c = workspace.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT DISTINCT " + column + " FROM audit_log ORDER BY 1")) {
            while (rs.next()) out.add(rs.getString(1));
        } catch (SQLException e) {
            throw new StoreException("cannot read the audit log", e);
        }
        return out;
    }

    /** Every entry in id order, streamed (the chain is checked over all of them). */
    public void forEach(Consumer<AuditEntry> each) {
        try (Connection c = workspace.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT " + COLUMNS + " FROM audit_log ORDER BY id")) {
            while (rs.next()) each.accept(entry(rs));
        } catch (SQLException e) {
            throw new StoreException("cannot read the audit log", e);
        }
    }

    private static AuditEntry entry(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getString(7), rs.getString(8), rs.getString(9));
    }
}
