package org.salestrack.store.alert;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.salestrack.model.alert.SentNotification;
import org.salestrack.model.alert.Webhook;
import org.salestrack.model.alert.WebhookFormat;
import org.salestrack.store.AuditLog;
import org.salestrack.store.StoreException;
import org.salestrack.store.Workspace;

/** The webhooks alerts are posted to (configuration, audited) and the log of what was posted. */
public final class AlertWebhooks {
    private final Workspace workspace;

    public AlertWebhooks(Workspace workspace) { this.workspace = workspace; }

    public List<Webhook> list() {
        try (Connection c = workspace.connect();
             PreparedStatement ps = c.prepareStatement("SELECT id, scope, name, format, url FROM alert_webhook ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            List<Webhook> out = new ArrayList<>();
            while (rs.next()) out.add(new Webhook(rs.getLong(1), rs.getString(2), rs.getString(3), WebhookFormat.of(rs.getString(4)), rs.getString(5)));
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read the webhooks", e);
        }
    }

    public void add(String scope, String name, WebhookFormat format, String url) {
        Webhook checked = new Webhook(0, scope, name, format, url);
        edit("INSERT OR IGNORE INTO alert_webhook(scope, name, format, url) VALUES (?,?,?,?)", ps -> {
            ps.setString(1, checked.scope());
            ps.setString(2, checked.name());
            ps.setString(3, format.id());
            ps.setString(4, url);
        }, "webhook:" + scope + ":" + name, "add " + format.id() + " " + url);
    }

    public void remove(long id) {
        edit("DELETE FROM alert_webhook WHERE id = ?", ps -> ps.setLong(1, id), "webhook:" + id, "remove");
    }

    private interface Binder { void bind(PreparedStatement ps) throws SQLException; }

    private void edit(String sql, Binder binder, String subject, String detail) {
        try (Connection c = workspace.connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                binder.bind(ps);
                ps.executeUpdate();
                AuditLog.record(c, "edit", subject, detail);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot change the webhooks", e);
        }
    }

    public void logSent(Long alert, WebhookFormat format, String url, int attempts, Integer status, boolean ok, String body) {
        try (Connection c = workspace.connect();
             PreparedStatement ps = c.prepareStatement("INSERT INTO alert_notification(at, alert_id, format, url, attempts, status, ok, body) VALUES (?,?,?,?,?,?,?,?)")) {
            ps.setString(1, LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS).toString());
            if (alert == null) ps.setNull(2, Types.INTEGER); else ps.setLong(2, alert);
            ps.setString(3, format.id());
            ps.setString(4, url);
            ps.setInt(5, attempts);
            if (status == null) ps.setNull(6, Types.INTEGER); else ps.setInt(6, status);
            ps.setInt(7, ok ? 1 : 0);
            ps.setString(8, body);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot log a notification", e);
        }
    }

    /** What was posted, newest first. */
    public List<SentNotification> sent() {
        try (Connection c = workspace.connect();
             PreparedStatement ps = c.prepareStatement("SELECT id, at, alert_id, format, url, attempts, status, ok, body FROM alert_notification ORDER BY id DESC");
             ResultSet rs = ps.executeQuery()) {
            List<SentNotification> out = new ArrayList<>();
            while (rs.next()) {
                long alert = rs.getLong(3);
                Long alertId = rs.wasNull() ? null : alert;
                int status = rs.getInt(7);
                Integer st = rs.wasNull() ? null : status;
                out.add(new SentNotification(rs.getLong(1), rs.getString(2), alertId, WebhookFormat.of(rs.getString(4)), rs.getString(5), rs.getInt(6),
                        st, rs.getInt(8) == 1, rs.getString(9)));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read the notification log", e);
        }
    }
}
