package org.salestrack.store.cube;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.salestrack.model.Dimension;
import org.salestrack.model.cube.Cell;
import org.salestrack.model.cube.Grain;
import org.salestrack.model.cube.Measures;
import org.salestrack.model.cube.Slice;
import org.salestrack.store.StoreException;
import org.salestrack.store.Workspace;

/**
 * Aggregates counted sales over any slice, grouped by dimensions and optionally by time. The SQL is the
 * workspace's dialect ({@link org.salestrack.store.SalesSql#cube}); this class runs it and reads the cells.
 */
public final class CubeQuery {
    private final Workspace workspace;

    public CubeQuery(Workspace workspace) { this.workspace = workspace; }

    /** @param grain the time buckets to split by, or null for one total per group */
    public List<Cell> query(Slice slice, List<Dimension> by, Grain grain) {
        List<Object> args = new ArrayList<>();
        if (slice.pure().on() && !workspace.onServer()) new org.salestrack.store.marketing.CampaignCover(workspace).refresh();
        String sql = workspace.sql().cube(slice, by, grain, args);
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) ps.setObject(i + 1, args.get(i));
            List<Cell> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                int n = by.size();
                while (rs.next()) {
                    List<String> keys = new ArrayList<>(n);
                    List<String> labels = new ArrayList<>(n);
                    for (int i = 0; i < n; i++) {
                        keys.add(nz(rs.getString(2 * i + 1)));
                        labels.add(nz(rs.getString(2 * i + 2)));
                    }
                    int m = 2 * n + 1;
                    Measures measures = new Measures(rs.getLong(m + 1), rs.getLong(m + 2), rs.getLong(m + 3), rs.getLong(m + 4));
                    if (measures.rows() == 0) continue;
                    out.add(new Cell(keys, labels, grain == null ? null : rs.getString(m), measures));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot aggregate sales", e);
        }
    }

    private static String nz(String s) { return s == null ? "" : s; }
}
