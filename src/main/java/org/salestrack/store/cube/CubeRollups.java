package org.salestrack.store.cube;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.salestrack.store.StoreException;
import org.salestrack.store.Workspace;
import org.salestrack.model.Message;
import org.salestrack.task.Cancellation;
import org.salestrack.task.ProgressListener;

/**
 * Keeps the cube rollups (cube_*) equal to sale_day. Every writer of sale_day (import, undo, review)
 * leaves its exact change in sale_day_change through triggers, so a refresh adds those changes to the
 * rollups ({@link CubeDeltas}): its cost follows the batch, not the months or the workspace. A whole rebuild
 * is called for by a change to the rollup tables' own definitions (a migration adding or changing a rollup), an empty
 * cube_state (a migration that changes what the rollups count deletes it, and so does a review that sums sale_day
 * again: Rollups.moveInBulk), or changes so many that reading sale_day again is quicker than adding them
 * ({@link CubeDeltas#quickerWhole}: a review of millions of lines).
 */
public final class CubeRollups {
    private final Workspace workspace;

    public CubeRollups(Workspace workspace) { this.workspace = workspace; }

    /** True when the rollups do not reflect the workspace's latest change. */
    public boolean stale() {
        try (Connection c = workspace.connect()) {
            return !schema(c).equals(stored(c)) || CubeDeltas.pending(c);
        } catch (SQLException e) {
            throw new StoreException("cannot check the workbench rollups", e);
        }
    }

    /**
     * Brings the rollups up to date when stale; returns whether it did. One refresh at a time in this
     * process: the workbench refreshes after imports while a screen's service may ask for fresh rollups,
     * and the second finds them current.
     */
    public boolean refresh(Cancellation cancel) {
        return refresh(cancel, ProgressListener.NONE);
    }

    /** As {@link #refresh(Cancellation)}, telling {@code progress} its steps in words. */
    public boolean refresh(Cancellation cancel, ProgressListener progress) {
        synchronized (CubeRollups.class) {
            return refreshNow(cancel, progress);
        }
    }

    private boolean refreshNow(Cancellation cancel, ProgressListener progress) {
        try (Connection c = workspace.connect()) {
            String schema = schema(c);
            boolean whole = !schema.equals(stored(c));
            if (!whole && !CubeDeltas.pending(c)) return false;
            // a Cancel stops the statements as they run
            org.salestrack.store.Interrupt.on(c, cancel);
            whole = whole || CubeDeltas.quickerWhole(c);
            update(c, schema, whole, cancel, progress);
            return true;
        } catch (SQLException e) {
            throw org.salestrack.store.Interrupt.failure(e, cancel, "cannot bring the workbench rollups up to date");
        }
    }

    /** Rebuilds every rollup whole, e.g. after a bulk load that bypassed the import path. */
    public void rebuild(Cancellation cancel) {
        try (Connection c = workspace.connect()) {
            update(c, schema(c), true, cancel, ProgressListener.NONE);
        } catch (SQLException e) {
            throw new StoreException("cannot rebuild the workbench rollups", e);
        }
    }

    private static void update(Connection c, String schema, boolean whole, Cancellation cancel, ProgressListener progress)
            throws SQLException {
        c.setAutoCommit(false);
        try {
            if (whole) {
                new RollupBuild(c, cancel).all(months(c), progress);
                CubeDeltas.clear(c);
            } else {
                CubeDeltas.apply(c, cancel, progress);
            }
            cancel.check();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO cube_state(id, fingerprint) VALUES (1, ?) "
                    + "ON CONFLICT(id) DO UPDATE SET fingerprint = excluded.fingerprint")) {
                ps.setString(1, schema);
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

    /** Every month from sale_day's first day to its last (its key starts with the date: two seeks). */
    private static List<YearMonth> months(Connection c) throws SQLException {
        List<YearMonth> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT MIN(sale_date), MAX(sale_date) FROM sale_day")) {
            if (!rs.next() || rs.getString(1) == null) return out;
            YearMonth last = YearMonth.parse(rs.getString(2).substring(0, 7));
            for (YearMonth m = YearMonth.parse(rs.getString(1).substring(0, 7)); !m.isAfter(last); m = m.plusMonths(1)) out.add(m);
        }
        return out;
    }

    /**
     * The rollup tables' definitions, hashed. It was the newest migration's rank, so every migration — an index, a
     * settings table — rebuilt every rollup on the user's first open after an upgrade: 11 minutes on 10M lines.
     */
    static String schema(Connection c) throws SQLException {
        return "cube " + org.salestrack.store.QueryFingerprint.of(c, "SELECT group_concat(x, char(10)) FROM (SELECT name || char(10) || sql AS x "
                + "FROM sqlite_master WHERE type = 'table' AND name LIKE 'cube\\_%' ESCAPE '\\' AND name <> 'cube_state' ORDER BY name)");
    }

    private static String stored(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT fingerprint FROM cube_state WHERE id = 1")) {
            return rs.next() ? rs.getString(1) : "";
        }
    }
}
