package org.salestrack.store.cube;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.salestrack.model.cube.Measures;
import org.salestrack.model.cube.Slice;
import org.salestrack.store.StoreException;
import org.salestrack.store.Workspace;

/**
 * Paid sales lines held out of every total while an open finding covers them (sale.hold = 2), under a
 * slice's filters: what a figure leaves out pending review. The SQL is the workspace's dialect
 * ({@link org.salestrack.store.SalesSql#heldSales}): on SQLite it reads a partial index of the held lines only,
 * not every sale nor every finding.
 */
public final class HeldSales {
    private final Workspace workspace;

    public HeldSales(Workspace workspace) { this.workspace = workspace; }

    public Measures measures(Slice slice) {
        List<Object> args = new ArrayList<>();
        String sql = workspace.sql().heldSales(slice, args);
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) ps.setObject(i + 1, args.get(i));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new Measures(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read held sales", e);
        }
    }
}
