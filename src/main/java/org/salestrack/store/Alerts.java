package org.salestrack.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.salestrack.model.Alert;
import org.salestrack.model.alert.AlertFinding;
import org.salestrack.model.alert.AlertLink;
import org.salestrack.store.quality.MessageJson;

/**
 * The alert table: an alert is raised once per rule (kind), subject and period, and listed newest first.
 * Raising writes the alert's first history entry in the same transaction.
 */
public final class Alerts {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COLUMNS = "id, at, kind, severity, subject, message, status, label, period, value, reference, change, owner, "
            + "why_key, why_args, view, filters";

    private final Workspace workspace;

    public Alerts(Workspace workspace) { this.workspace = workspace; }

    /** Raises an alert unless one with the same kind and subject exists; returns whether it was new. */
    public boolean raise(String kind, String severity, String subject, String message) {
        return insert(kind, severity, subject, subject, null, null, null, null, message, null, null, null).isPresent();
    }

    /** Raises a finding unless its rule, subject and period are raised already; the new alert's id, else empty. */
    public Optional<Long> raise(AlertFinding f, String owner) {
        return raise(f, f.why() == null ? f.label() : f.why().english(), owner);
    }

    /** The same with the English explanation given, for a module whose finding carries no message. */
    public Optional<Long> raise(AlertFinding f, String message, String owner) {
        return insert(f.rule().id(), f.severity(), f.subject(), f.label(), f.period(), f.value(), f.reference(), f.change(),
                message, f.why(), f.link(), owner);
    }

    private Optional<Long> insert(String kind, String severity, String subject, String label, String period, Double value, Double reference,
                                  Double change, String message, org.salestrack.model.Message why, AlertLink link, String owner) {
        try (Connection c = workspace.connect()) {
            c.setAutoCommit(false);
            try {
                long id;
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO alert(at, kind, rule, severity, subject, label, period, value, reference, "
                        + "change, owner, message, why_key, why_args, view, filters, status) SELECT ?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,'new' "
                        + "WHERE NOT EXISTS (SELECT 1 FROM alert WHERE kind = ? AND subject = ? AND period IS ?)")) {
                    int i = 1;
                    ps.setString(i++, ImportSession.now());
                    ps.setString(i++, kind);
                    ps.setString(i++, kind);
                    ps.setString(i++, severity);
                    ps.setString(i++, subject);
                    ps.setString(i++, label);
                    ps.setString(i++, period);
                    setDouble(ps, i++, value);
                    setDouble(ps, i++, reference);
                    setDouble(ps, i++, change);
                    ps.setString(i++, owner);
                    ps.setString(i++, message);
                    ps.setString(i++, why == null ? null : why.key());
                    ps.setString(i++, why == null ? null : MessageJson.args(why));
                    ps.setString(i++, link == null ? null : link.screen());
                    ps.setString(i++, link == null ? null : filters(link));
                    ps.setString(i++, kind);
                    ps.setString(i++, subject);
                    ps.setString(i++, period);
                    if (ps.executeUpdate() == 0) {
                        c.rollback();
                        return Optional.empty();
                    }
                }
                try (PreparedStatement ps = c.prepareStatement("SELECT last_insert_rowid()"); ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    id = rs.getLong(1);
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO alert_event(alert_id, at, who, action, detail) VALUES (?,?,?,?,?)")) {
                    ps.setLong(1, id);
                    ps.setString(2, ImportSession.now());
                    ps.setString(3, "salestrack");
                    ps.setString(4, "raised");
                    ps.setString(5, owner == null ? null : owner);
                    ps.executeUpdate();
                }
                c.commit();
                return Optional.of(id);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot raise an alert", e);
        }
    }

    private static void setDouble(PreparedStatement ps, int i, Double v) throws SQLException {
        if (v == null || v.isNaN() || v.isInfinite()) ps.setNull(i, Types.REAL); else ps.setDouble(i, v);
    }

    private static String filters(AlertLink link) {
        ObjectNode o = JSON.createObjectNode();
        if (link.from() != null) o.put("from", link.from());
        if (link.to() != null) o.put("to", link.to());
        link.filters().forEach(o::put);
        return o.toString();
    }

    private static AlertLink link(String view, String filters) {
        if (view == null) return null;
        String from = null;
        String to = null;
        Map<String, String> keys = new LinkedHashMap<>();
        try {
            JsonNode o = filters == null ? JSON.createObjectNode() : JSON.readTree(filters);
            for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                switch (e.getKey()) {
                    case "from" -> from = e.getValue().asText();
                    case "to" -> to = e.getValue().asText();
                    default -> keys.put(e.getKey(), e.getValue().asText());
                }
            }
        } catch (JsonProcessingException e) {
            // a link that does not read still names its screen
        }
        return new AlertLink(view, from, to, keys);
    }

    /**
     * Alerts newest first. @param status null: all; "open": every one not resolved; else that status
     * (new, acknowledged, in_progress, resolved).
     */
    public List<Alert> list(String status) {
        if (status == null) return select(" ORDER BY id DESC");
        if ("open".equals(status)) return select(" WHERE status <> 'resolved' ORDER BY id DESC");
        return select(" WHERE status = ? ORDER BY id DESC", status);
    }

    /** The alerts newer than {@code id}, oldest first. */
    public List<Alert> since(long id) { return select(" WHERE id > ? ORDER BY id", id); }

    /** The alerts the rest of the query ({@code WHERE ... ORDER BY ...}) picks, with its arguments bound in order. */
    private List<Alert> select(String rest, Object... args) {
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM alert" + rest)) {
            for (int i = 0; i < args.length; i++) ps.setObject(i + 1, args[i]);
            List<Alert> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(read(rs));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read alerts", e);
        }
    }

    public Optional<Alert> find(long id) {
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM alert WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read alert " + id, e);
        }
    }

    /** How many alerts are not resolved, and the newest alert's id (0 when none): what the header badge follows. */
    public long[] openCountAndLatest() {
        try (Connection c = workspace.connect();
             PreparedStatement ps = c.prepareStatement("SELECT (SELECT COUNT(*) FROM alert WHERE status <> 'resolved'), (SELECT COALESCE(MAX(id), 0) FROM alert)");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2)};
        } catch (SQLException e) {
            throw new StoreException("cannot count alerts", e);
        }
    }

    private static Alert read(ResultSet rs) throws SQLException {
        return new Alert(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                rs.getString(8), rs.getString(9), number(rs, 10), number(rs, 11), number(rs, 12), rs.getString(13),
                MessageJson.read(rs.getString(14), rs.getString(15)), link(rs.getString(16), rs.getString(17)));
    }

    private static Double number(ResultSet rs, int col) throws SQLException {
        double v = rs.getDouble(col);
        return rs.wasNull() ? null : v;
    }
}
