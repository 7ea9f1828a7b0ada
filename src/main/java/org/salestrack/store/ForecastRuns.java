package org.salestrack.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.salestrack.model.ForecastPoint;
import org.salestrack.model.StoredForecast;

/** Saves forecast runs with their steps and reads the latest run per series of a level. */
public final class ForecastRuns {
    private final Workspace workspace;

    public ForecastRuns(Workspace workspace) { this.workspace = workspace; }

    /** Whether runs (and scenarios) are kept here: in a workspace file, not in the national store. */
    public boolean keeps() { return !workspace.onServer(); }

    /**
     * Saves the runs in one transaction and returns their ids in order. The national store keeps no runs (they are an
     * analyst's, kept in her workspace): none is saved there and no id is returned.
     */
    public List<Long> save(List<StoredForecast> runs) {
        List<Long> ids = new ArrayList<>();
        if (workspace.onServer()) return ids;
        try (Connection c = workspace.connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement run = c.prepareStatement("INSERT INTO forecast_run(at, level, series_key, model, params, horizon, "
                    + "frequency, accuracy) VALUES (?,?,?,?,?,?,?,?) RETURNING id");
                 PreparedStatement value = c.prepareStatement("INSERT INTO forecast_value(run_id, step, period, mean, p10, p50, p90, actual) "
                         + "VALUES (?,?,?,?,?,?,?,?)")) {
                String at = ImportSession.now();
                for (StoredForecast f : runs) {
                    run.setString(1, f.at() == null ? at : f.at());
                    run.setString(2, f.level());
                    run.setString(3, f.seriesKey());
                    run.setString(4, f.model());
                    run.setString(5, f.params());
                    run.setInt(6, f.horizon());
                    run.setInt(7, f.frequency());
                    run.setString(8, f.accuracy());
                    long id;
                    try (ResultSet rs = run.executeQuery()) {
                        rs.next();
                        id = rs.getLong(1);
                    }
                    ids.add(id);
                    for (ForecastPoint p : f.points()) {
                        value.setLong(1, id);
                        value.setInt(2, p.step());
                        value.setString(3, p.period());
                        value.setDouble(4, p.mean());
                        real(value, 5, p.p10());
                        real(value, 6, p.p50());
                        real(value, 7, p.p90());
                        real(value, 8, p.actual());
                        value.addBatch();
                    }
                }
                value.executeBatch();
                AuditLog.record(c, "forecast", runs.isEmpty() ? "" : runs.get(0).level(), runs.size() + " series forecast");
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot save forecasts", e);
        }
        return ids;
    }

    /** The newest run of every series of {@code level}, with its steps. */
    public List<StoredForecast> latest(String level) {
        if (workspace.onServer()) return List.of();
        List<StoredForecast> out = new ArrayList<>();
        try (Connection c = workspace.connect();
             PreparedStatement runs = c.prepareStatement("SELECT id, at, level, series_key, model, params, horizon, frequency, accuracy "
                     + "FROM forecast_run WHERE id IN (SELECT MAX(id) FROM forecast_run WHERE level = ? GROUP BY series_key) ORDER BY series_key");
             PreparedStatement values = c.prepareStatement("SELECT step, period, mean, p10, p50, p90, actual FROM forecast_value "
                     + "WHERE run_id = ? ORDER BY step")) {
            runs.setString(1, level);
            try (ResultSet rs = runs.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    values.setLong(1, id);
                    List<ForecastPoint> points = new ArrayList<>();
                    try (ResultSet v = values.executeQuery()) {
                        while (v.next()) {
                            points.add(new ForecastPoint(v.getInt(1), v.getString(2), v.getDouble(3), real(v, 4), real(v, 5),
                                    real(v, 6), real(v, 7)));
                        }
                    }
                    out.add(new StoredForecast(id, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getInt(7), rs.getInt(8), rs.getString(9), points));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read forecasts", e);
        }
        return out;
    }

    /** The levels that have forecast runs, e.g. "region,series". */
    public List<String> levels() {
        List<String> out = new ArrayList<>();
        if (workspace.onServer()) return out;
        try (Connection c = workspace.connect();
             PreparedStatement ps = c.prepareStatement("SELECT DISTINCT level FROM forecast_run ORDER BY level");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.add(rs.getString(1));
        } catch (SQLException e) {
            throw new StoreException("cannot read forecast levels", e);
        }
        return out;
    }

    /** Writes the actual of each arrived period into a run's steps. */
    public void recordActuals(long runId, java.util.Map<String, Double> actualByPeriod) {
        try (Connection c = workspace.connect();
             PreparedStatement ps = c.prepareStatement("UPDATE forecast_value SET actual = ? WHERE run_id = ? AND period = ?")) {
            c.setAutoCommit(false);
            for (var e : actualByPeriod.entrySet()) {
                ps.setDouble(1, e.getValue());
                ps.setLong(2, runId);
                ps.setString(3, e.getKey());
                ps.addBatch();
            }
            ps.executeBatch();
            c.commit();
        } catch (SQLException e) {
            throw new StoreException("cannot record actuals", e);
        }
    }

    private static void real(PreparedStatement ps, int i, Double v) throws SQLException {
        if (v == null || v.isNaN()) ps.setNull(i, Types.REAL); else ps.setDouble(i, v);
    }

    private static Double real(ResultSet rs, int i) throws SQLException {
        double d = rs.getDouble(i);
        return rs.wasNull() ? null : d;
    }
}
