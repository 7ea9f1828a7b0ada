package org.salestrack.store.cube;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.Map;
import org.salestrack.store.StoreException;
import org.salestrack.store.Workspace;
import org.salestrack.task.Cancellation;
import org.sqlite.ProgressHandler;

/**
 * Keeps the cube rollups (cube_*) equal to sale_day. Instead of hooking every writer (import, undo,
 * review), the rollups are brought up to date when the workspace has changed since the last build, which
 * the newest audit entry tells cheaply; then only the months whose {@link MonthSignatures signature}
 * changed are rebuilt, or everything when a migration added a rollup.
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

    /**
     * Rebuilds when stale; returns whether it did. One refresh at a time in this process: the workbench
     * refreshes after imports while a screen's service may ask for fresh rollups, and the second finds
     * them current instead of rebuilding them again.
     */
    public boolean refresh(Cancellation cancel) {
        synchronized (CubeRollups.class) {
            return refreshNow(cancel);
        }
    }

    private boolean refreshNow(Cancellation cancel) {
        try (Connection c = workspace.connect()) {
            String now = fingerprint(c);
            if (now.equals(stored(c))) return false;
            // a Cancel stops the month signatures' scan of sale_day and the rebuild's statements as they run
            ProgressHandler.setHandler(c, 10_000, new ProgressHandler() {
                @Override
                protected int progress() { return cancel.isCancelled() ? 1 : 0; }
            });
            rebuild(c, now, cancel);
            return true;
        } catch (SQLException e) {
            if (cancel.isCancelled()) throw new java.util.concurrent.CancellationException("cancelled by the user");
            throw new StoreException("cannot rebuild the workbench rollups", e);
        }
    }

    /** Rebuilds every rollup whole, e.g. after a bulk load that bypassed the import path. */
    public void rebuild(Cancellation cancel) {
        try (Connection c = workspace.connect()) {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM cube_month_sig");
            }
            rebuild(c, fingerprint(c), cancel);
        } catch (SQLException e) {
            throw new StoreException("cannot rebuild the workbench rollups", e);
        }
    }

    private static void rebuild(Connection c, String fingerprint, Cancellation cancel) throws SQLException {
        c.setAutoCommit(false);
        try {
            Map<YearMonth, String> before = MonthSignatures.stored(c);
            Map<YearMonth, String> now = MonthSignatures.current(c);
            RollupBuild build = new RollupBuild(c, cancel);
            if (before.isEmpty() || !schemaOf(fingerprint).equals(schemaOf(stored(c)))) {
                build.all(now.keySet());
            } else {
                for (YearMonth[] run : MonthSignatures.changedRuns(before, now)) build.months(run[0], run[1]);
            }
            cancel.check();
            MonthSignatures.store(c, now);
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

    /** The schema part of a fingerprint: a migration may have added a rollup, which only a whole rebuild fills. */
    private static String schemaOf(String fingerprint) {
        int i = fingerprint.lastIndexOf(':');
        return i < 0 ? "" : fingerprint.substring(i + 1);
    }

    private static String fingerprint(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             // exports, kept forecasts and scenario edits change no sale: they must not make the rollups look stale
             ResultSet rs = s.executeQuery("SELECT (SELECT COALESCE(MAX(id), 0) FROM audit_log WHERE action NOT IN ('export', 'forecast', 'edit')) || ':' "
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
