package org.salestrack.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.salestrack.model.Alert;

/** The alert table: raised once per subject, listed newest first. */
public final class Alerts {
    private final Workspace workspace;

    public Alerts(Workspace workspace) { this.workspace = workspace; }

    /** Raises an alert unless one with the same kind and subject exists; returns whether it was new. */
    public boolean raise(String kind, String severity, String subject, String message) {
        try (Connection c = workspace.connect();
             PreparedStatement ps = c.prepareStatement("INSERT INTO alert(at, kind, severity, subject, message) SELECT ?,?,?,?,? "
                     + "WHERE NOT EXISTS (SELECT 1 FROM alert WHERE kind = ? AND subject = ?)")) {
            ps.setString(1, ImportSession.now());
            ps.setString(2, kind);
            ps.setString(3, severity);
            ps.setString(4, subject);
            ps.setString(5, message);
            ps.setString(6, kind);
            ps.setString(7, subject);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new StoreException("cannot raise an alert", e);
        }
    }

    public List<Alert> list(String status) {
        try (Connection c = workspace.connect();
             PreparedStatement ps = c.prepareStatement("SELECT id, at, kind, severity, subject, message, status FROM alert "
                     + "WHERE ? IS NULL OR status = ? ORDER BY id DESC")) {
            ps.setString(1, status);
            ps.setString(2, status);
            List<Alert> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Alert(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read alerts", e);
        }
    }
}
