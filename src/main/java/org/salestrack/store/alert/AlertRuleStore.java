package org.salestrack.store.alert;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.salestrack.model.alert.AlertRule;
import org.salestrack.model.alert.AlertRuleSetting;
import org.salestrack.store.AuditLog;
import org.salestrack.store.StoreException;
import org.salestrack.store.Workspace;

/** The alert rules' parameters kept in the workspace; a change is audited with the values before and after. */
public final class AlertRuleStore {
    private final Workspace workspace;

    public AlertRuleStore(Workspace workspace) { this.workspace = workspace; }

    /** Every rule's setting: the stored one, else its defaults. */
    public Map<AlertRule, AlertRuleSetting> load() {
        Map<AlertRule, AlertRuleSetting> out = new EnumMap<>(AlertRule.class);
        for (AlertRule r : AlertRule.values()) out.put(r, r.defaults());
        try (Connection c = workspace.connect();
             PreparedStatement ps = c.prepareStatement("SELECT rule, enabled, threshold, min_volume, severity, owner FROM alert_rule");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                AlertRule.of(rs.getString(1)).ifPresent(r -> {
                    try {
                        out.put(r, new AlertRuleSetting(r, rs.getInt(2) == 1, rs.getDouble(3), rs.getDouble(4), rs.getString(5), rs.getString(6)));
                    } catch (SQLException e) {
                        throw new StoreException("cannot read alert rule " + r.id(), e);
                    }
                });
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read the alert rules", e);
        }
    }

    public void save(AlertRuleSetting s) {
        AlertRuleSetting before = load().get(s.rule());
        try (Connection c = workspace.connect()) {
            c.setAutoCommit(false);
            try {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO alert_rule(rule, enabled, threshold, min_volume, severity, owner) "
                        + "VALUES (?,?,?,?,?,?) ON CONFLICT(rule) DO UPDATE SET enabled = excluded.enabled, threshold = excluded.threshold, "
                        + "min_volume = excluded.min_volume, severity = excluded.severity, owner = excluded.owner")) {
                    ps.setString(1, s.rule().id());
                    ps.setInt(2, s.enabled() ? 1 : 0);
                    ps.setDouble(3, s.threshold());
                    ps.setDouble(4, s.minVolume());
                    ps.setString(5, s.severity());
                    ps.setString(6, s.owner());
                    ps.executeUpdate();
                }
                AuditLog.record(c, "edit", "alert-rule:" + s.rule().id(), describe(before) + " -> " + describe(s));
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot save alert rule " + s.rule().id(), e);
        }
    }

    static String describe(AlertRuleSetting s) {
        return String.format(Locale.ROOT, "enabled=%s threshold=%s min_volume=%s severity=%s owner=%s", s.enabled(), s.threshold(), s.minVolume(),
                s.severity(), s.owner() == null ? "" : s.owner());
    }
}
