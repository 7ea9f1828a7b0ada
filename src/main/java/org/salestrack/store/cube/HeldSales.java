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
 * slice's filters: what a figure leaves out pending review. Read from the lines of the open holding
 * findings (indexed by status), not by scanning every sale.
 */
public final class HeldSales {
    private static final String OPEN_HELD = "SELECT i.row_id FROM validation_issue i WHERE i.status = 'open' AND i.hold = 1 "
            + "AND i.fact = 'sale' AND i.row_id IS NOT NULL UNION SELECT r.row_id FROM validation_issue_row r "
            + "JOIN validation_issue i ON i.id = r.issue_id WHERE i.status = 'open' AND i.hold = 1 AND i.fact = 'sale'";
    private final Workspace workspace;

    public HeldSales(Workspace workspace) { this.workspace = workspace; }

    public Measures measures(Slice slice) {
        StringBuilder sql = new StringBuilder("SELECT COUNT(*), COALESCE(SUM(c.qty), 0), COALESCE(SUM(c.amount_cents), 0), "
                + "COALESCE(SUM(c.margin_cents), 0) FROM sale c WHERE c.id IN (" + OPEN_HELD + ") AND c.hold = 2 "
                + "AND c.status = 'paid' AND c.sale_date BETWEEN ? AND ?");
        List<Object> args = new ArrayList<>();
        args.add(slice.from().toString());
        args.add(slice.to().toString());
        // the sale table keeps region ids and product ids, as the store x product rollups do
        sql.append(DimSql.where(slice, Source.STORE_PRODUCT, Source.Products.ID, args));
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(sql.toString())) {
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
