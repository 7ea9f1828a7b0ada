package org.salestrack.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.salestrack.model.MasterProduct;

/** The workspace's product master as imported: hierarchy, launch dates and list prices, for launch forecasts. */
public final class ProductMaster {
    private final Workspace workspace;

    public ProductMaster(Workspace workspace) { this.workspace = workspace; }

    /** Every SKU, in SKU order; an unreadable launch date reads as none (the import already reported it). */
    public List<MasterProduct> all() {
        String sql = "SELECT sku, COALESCE(model, ''), COALESCE(series, ''), COALESCE(category, ''), launch_date, COALESCE(list_price_e4, 0) "
                + "FROM product ORDER BY sku";
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            List<MasterProduct> out = new ArrayList<>();
            while (rs.next()) {
                out.add(new MasterProduct(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), date(rs.getString(5)), rs.getLong(6)));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read the product master", e);
        }
    }

    private static LocalDate date(String s) {
        if (s == null || s.length() < 10) return null;
        try {
            return LocalDate.parse(s.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
