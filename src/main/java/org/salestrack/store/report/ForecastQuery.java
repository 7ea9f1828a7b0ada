package org.salestrack.store.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.salestrack.model.report.ForecastLine;
import org.salestrack.store.StoreException;
import org.salestrack.store.Workspace;

/** The latest forecast run of every (level, series) with its future steps, i.e. those after the report period. */
public final class ForecastQuery {
    private static final String SQL = """
            SELECT r.level, r.series_key, r.model, r.at, v.step, v.period, v.mean, v.p10, v.p50, v.p90
            FROM forecast_run r JOIN forecast_value v ON v.run_id = r.id
            WHERE r.id IN (SELECT MAX(id) FROM forecast_run GROUP BY level, series_key) AND v.period > ?
            ORDER BY r.level, r.series_key, v.step
            """;

    private final Workspace workspace;

    public ForecastQuery(Workspace workspace) { this.workspace = workspace; }

    /** @param after periods compared as text, so "2025-03" keeps months from 2025-04 on */
    public List<ForecastLine> latest(String after) {
        List<ForecastLine> out = new ArrayList<>();
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(SQL)) {
            ps.setString(1, after);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ForecastLine(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                            rs.getString(6), rs.getDouble(7), real(rs, 8), real(rs, 9), real(rs, 10)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read forecasts", e);
        }
        return out;
    }

    private static Double real(ResultSet rs, int i) throws SQLException {
        double v = rs.getDouble(i);
        return rs.wasNull() ? null : v;
    }
}
