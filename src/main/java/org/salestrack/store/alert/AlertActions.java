package org.salestrack.store.alert;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.salestrack.model.alert.AlertEvent;
import org.salestrack.model.alert.AlertStatus;
import org.salestrack.store.AuditLog;
import org.salestrack.store.StoreException;
import org.salestrack.store.Workspace;

/**
 * What people do with an alert: assign it, move its status, comment. Each change is one transaction that
 * also writes the alert's history and the audit log (action "edit", which leaves the rollups current).
 */
public final class AlertActions {
    private final Workspace workspace;

    public AlertActions(Workspace workspace) { this.workspace = workspace; }

    public void assign(long alert, String owner) {
        String name = owner == null || owner.isBlank() ? null : owner.strip();
        change(alert, "UPDATE alert SET owner = ? WHERE id = ?", name, "assigned", name == null ? "" : name);
    }

    public void setStatus(long alert, AlertStatus status) {
        change(alert, "UPDATE alert SET status = ? WHERE id = ?", status.id(), "status", status.id());
    }

    public void comment(long alert, String text) {
        if (text == null || text.isBlank()) throw new IllegalArgumentException("a comment needs some text");
        change(alert, null, null, "comment", text.strip());
    }

    private void change(long alert, String update, String value, String action, String detail) {
        try (Connection c = workspace.connect()) {
            c.setAutoCommit(false);
            try {
                if (update != null) {
                    try (PreparedStatement ps = c.prepareStatement(update)) {
                        ps.setString(1, value);
                        ps.setLong(2, alert);
                        if (ps.executeUpdate() == 0) throw new IllegalArgumentException("no alert " + alert);
                    }
                } else {
                    try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM alert WHERE id = ?")) {
                        ps.setLong(1, alert);
                        try (ResultSet rs = ps.executeQuery()) {
                            if (!rs.next()) throw new IllegalArgumentException("no alert " + alert);
                        }
                    }
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO alert_event(alert_id, at, who, action, detail) VALUES (?,?,?,?,?)")) {
                    ps.setLong(1, alert);
                    ps.setString(2, LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS).toString());
                    ps.setString(3, AuditLog.user());
                    ps.setString(4, action);
                    ps.setString(5, detail);
                    ps.executeUpdate();
                }
                AuditLog.record(c, "edit", "alert:" + alert, action + ": " + detail);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot change alert " + alert, e);
        }
    }

    /** The alert's history, oldest first. */
    public List<AlertEvent> history(long alert) {
        try (Connection c = workspace.connect();
             PreparedStatement ps = c.prepareStatement("SELECT id, at, who, action, detail FROM alert_event WHERE alert_id = ? ORDER BY id")) {
            ps.setLong(1, alert);
            List<AlertEvent> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(new AlertEvent(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read the history of alert " + alert, e);
        }
    }
}
