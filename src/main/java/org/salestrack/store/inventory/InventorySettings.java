package org.salestrack.store.inventory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.salestrack.model.inventory.InventoryParameters;
import org.salestrack.model.inventory.LocationTerms;
import org.salestrack.store.StoreException;
import org.salestrack.store.Workspace;

/** The inventory parameters and replenishment terms kept in the workspace (migration V35). */
public final class InventorySettings {
    private final Workspace workspace;

    public InventorySettings(Workspace workspace) { this.workspace = workspace; }

    public InventoryParameters parameters() {
        try (Connection c = workspace.connect();
             PreparedStatement ps = c.prepareStatement("SELECT service_level, slow_ratio, slow_weeks, cover_low_weeks, cover_high_weeks, "
                     + "cost_per_unit_km, history_weeks FROM inventory_parameter WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) return InventoryParameters.DEFAULTS;
            return new InventoryParameters(rs.getDouble(1), rs.getDouble(2), rs.getInt(3), rs.getDouble(4), rs.getDouble(5),
                    rs.getDouble(6), rs.getInt(7));
        } catch (SQLException e) {
            throw new StoreException("cannot read the inventory parameters", e);
        }
    }

    public void save(InventoryParameters p) {
        try (Connection c = workspace.connect();
             PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO inventory_parameter VALUES (1, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setDouble(1, p.serviceLevel());
            ps.setDouble(2, p.slowRatio());
            ps.setInt(3, p.slowWeeks());
            ps.setDouble(4, p.coverLowWeeks());
            ps.setDouble(5, p.coverHighWeeks());
            ps.setDouble(6, p.costPerUnitKm());
            ps.setInt(7, p.historyWeeks());
            c.setAutoCommit(false);
            ps.executeUpdate();
            org.salestrack.store.AuditLog.record(c, "edit", "inventory settings", p.toString());
            c.commit();
        } catch (SQLException e) {
            throw new StoreException("cannot save the inventory parameters", e);
        }
    }

    /** Terms by scope: 'store', 'dealer' and any location codes with their own. */
    public Map<String, LocationTerms> terms() {
        Map<String, LocationTerms> out = new LinkedHashMap<>();
        try (Connection c = workspace.connect();
             PreparedStatement ps = c.prepareStatement("SELECT scope, lead_time_days, review_days, pack_size, min_order FROM inventory_terms ORDER BY scope");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.put(rs.getString(1), new LocationTerms(rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)));
        } catch (SQLException e) {
            throw new StoreException("cannot read the replenishment terms", e);
        }
        return out;
    }

    public void saveTerms(String scope, LocationTerms t) {
        try (Connection c = workspace.connect();
             PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO inventory_terms VALUES (?, ?, ?, ?, ?)")) {
            ps.setString(1, scope);
            ps.setInt(2, t.leadTimeDays());
            ps.setInt(3, t.reviewDays());
            ps.setInt(4, t.packSize());
            ps.setInt(5, t.minOrder());
            c.setAutoCommit(false);
            ps.executeUpdate();
            org.salestrack.store.AuditLog.record(c, "edit", "replenishment terms " + scope, t.toString());
            c.commit();
        } catch (SQLException e) {
            throw new StoreException("cannot save the replenishment terms of " + scope, e);
        }
    }
}
