package org.salestrack.store.quality;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.salestrack.store.AuditLog;
import org.salestrack.store.StoreException;
import org.salestrack.store.Workspace;

/**
 * Rule settings saved in the workspace, so they travel with it. Parameters are kept as the JSON object the
 * service writes; every change is written to the audit log in the same transaction, with the old and new form.
 */
public final class RuleSettingStore {
    /** One stored row: {@code severity} null keeps the rule's default; {@code params} is a JSON object. */
    public record Row(String rule, boolean enabled, String severity, String params) {}

    private final Workspace workspace;

    public RuleSettingStore(Workspace workspace) { this.workspace = workspace; }

    public Map<String, Row> all() {
        try (Connection c = workspace.connect();
             PreparedStatement ps = c.prepareStatement("SELECT rule, enabled, severity, params FROM rule_setting ORDER BY rule");
             ResultSet rs = ps.executeQuery()) {
            Map<String, Row> out = new LinkedHashMap<>();
            while (rs.next()) out.put(rs.getString(1), new Row(rs.getString(1), rs.getInt(2) == 1, rs.getString(3), rs.getString(4)));
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read rule settings", e);
        }
    }

    public Optional<Row> find(String rule) {
        return Optional.ofNullable(all().get(rule));
    }

    /** Saves {@code row} and records the change as {@code "rule-change"} with {@code detail}. */
    public void save(Row row, String detail) {
        try (Connection c = workspace.connect()) {
            c.setAutoCommit(false);
            try {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO rule_setting(rule, enabled, severity, params) VALUES (?,?,?,?) "
                        + "ON CONFLICT(rule) DO UPDATE SET enabled = excluded.enabled, severity = excluded.severity, "
                        + "params = excluded.params")) {
                    ps.setString(1, row.rule());
                    ps.setInt(2, row.enabled() ? 1 : 0);
                    ps.setString(3, row.severity());
                    ps.setString(4, row.params());
                    ps.executeUpdate();
                }
                AuditLog.record(c, "rule-change", "rule " + row.rule(), detail);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot save the setting of rule " + row.rule(), e);
        }
    }
}
