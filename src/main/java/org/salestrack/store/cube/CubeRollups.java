package org.salestrack.store.cube;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.salestrack.store.StoreException;
import org.salestrack.store.Workspace;
import org.salestrack.task.Cancellation;

/**
 * Keeps the cube rollups (cube_pc_*, cube_cp_*, cube_day, cube_month, cube_store_*) equal to sale_day. Rebuilding from sale_day is one pass, so instead of
 * hooking every writer (import, undo, review) the rollups are rebuilt when the workspace has changed
 * since the last build, which the newest audit entry tells cheaply (and when a migration added a rollup).
 */
public final class CubeRollups {
    private final Workspace workspace;

    public CubeRollups(Workspace workspace) { this.workspace = workspace; }

    /** True when the rollups do not reflect the workspace's latest change. */
    public boolean stale() {
        try (Connection c = workspace.connect()) {
            return !fingerprint(c).equals(stored(c));
        } catch (SQLException e) {
            throw new StoreException("cannot check the workbench rollups", e);
        }
    }

    /** Rebuilds when stale; returns whether it did. */
    public boolean refresh(Cancellation cancel) {
        try (Connection c = workspace.connect()) {
            String now = fingerprint(c);
            if (now.equals(stored(c))) return false;
            rebuild(c, now, cancel);
            return true;
        } catch (SQLException e) {
            throw new StoreException("cannot rebuild the workbench rollups", e);
        }
    }

    /** Rebuilds unconditionally, e.g. after a bulk load that bypassed the import path. */
    public void rebuild(Cancellation cancel) {
        try (Connection c = workspace.connect()) {
            rebuild(c, fingerprint(c), cancel);
        } catch (SQLException e) {
            throw new StoreException("cannot rebuild the workbench rollups", e);
        }
    }

    private static void rebuild(Connection c, String fingerprint, Cancellation cancel) throws SQLException {
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM cube_day");
            s.executeUpdate("DELETE FROM cube_month");
            s.executeUpdate("DELETE FROM cube_store_day");
            s.executeUpdate("DELETE FROM cube_store_month");
            s.executeUpdate("DELETE FROM cube_pc_day");
            s.executeUpdate("DELETE FROM cube_pc_month");
            s.executeUpdate("DELETE FROM cube_cp_day");
            s.executeUpdate("DELETE FROM cube_cp_month");
            cancel.check();
            s.executeUpdate("INSERT INTO cube_day SELECT d.sale_date, r.province, d.channel_id, d.product_id, SUM(d.rows), SUM(d.qty), "
                    + "SUM(d.amount_cents), SUM(d.margin_cents) FROM sale_day d JOIN region r ON r.id = d.region_id "
                    + "GROUP BY d.sale_date, r.province, d.channel_id, d.product_id");
            cancel.check();
            s.executeUpdate("INSERT INTO cube_month SELECT substr(sale_date, 1, 7), province, channel_id, product_id, SUM(rows), SUM(qty), "
                    + "SUM(amount_cents), SUM(margin_cents) FROM cube_day GROUP BY substr(sale_date, 1, 7), province, channel_id, product_id");
            cancel.check();
            s.executeUpdate("INSERT INTO cube_pc_day SELECT sale_date, province, channel_id, SUM(rows), SUM(qty), SUM(amount_cents), "
                    + "SUM(margin_cents) FROM cube_day GROUP BY sale_date, province, channel_id");
            s.executeUpdate("INSERT INTO cube_pc_month SELECT month, province, channel_id, SUM(rows), SUM(qty), SUM(amount_cents), "
                    + "SUM(margin_cents) FROM cube_month GROUP BY month, province, channel_id");
            s.executeUpdate("INSERT INTO cube_cp_day SELECT sale_date, channel_id, product_id, SUM(rows), SUM(qty), SUM(amount_cents), "
                    + "SUM(margin_cents) FROM cube_day GROUP BY sale_date, channel_id, product_id");
            s.executeUpdate("INSERT INTO cube_cp_month SELECT month, channel_id, product_id, SUM(rows), SUM(qty), SUM(amount_cents), "
                    + "SUM(margin_cents) FROM cube_month GROUP BY month, channel_id, product_id");
            cancel.check();
            s.executeUpdate("INSERT INTO cube_store_day SELECT sale_date, region_id, channel_id, store_id, dealer_id, SUM(rows), SUM(qty), "
                    + "SUM(amount_cents), SUM(margin_cents) FROM sale_day GROUP BY sale_date, region_id, channel_id, store_id, dealer_id");
            cancel.check();
            s.executeUpdate("INSERT INTO cube_store_month SELECT substr(sale_date, 1, 7), region_id, channel_id, store_id, dealer_id, SUM(rows), "
                    + "SUM(qty), SUM(amount_cents), SUM(margin_cents) FROM cube_store_day "
                    + "GROUP BY substr(sale_date, 1, 7), region_id, channel_id, store_id, dealer_id");
            cancel.check();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO cube_state(id, fingerprint) VALUES (1, ?) "
                    + "ON CONFLICT(id) DO UPDATE SET fingerprint = excluded.fingerprint")) {
                ps.setString(1, fingerprint);
                ps.executeUpdate();
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    private static String fingerprint(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT (SELECT COALESCE(MAX(id), 0) FROM audit_log) || ':' "
                     + "|| (SELECT COUNT(*) FROM import_batch WHERE status = 'stored') || ':' "
                     + "|| (SELECT MAX(installed_rank) FROM flyway_schema_history)")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String stored(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT fingerprint FROM cube_state WHERE id = 1")) {
            return rs.next() ? rs.getString(1) : "";
        }
    }
}
