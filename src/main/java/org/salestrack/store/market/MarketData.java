package org.salestrack.store.market;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.salestrack.model.market.CompetitorEvent;
import org.salestrack.model.market.EventKind;
import org.salestrack.model.market.OwnSales;
import org.salestrack.model.market.PanelRow;
import org.salestrack.model.market.PolicyMeasure;
import org.salestrack.model.market.ProvinceList;
import org.salestrack.store.StoreException;
import org.salestrack.store.Workspace;

/**
 * What the market analyses read: the panel's rows, our counted sell-out on the panel's grid (province x
 * month x category, from the sale_day rollup, which holds counted lines only), competitor events and
 * policy measures.
 */
public final class MarketData {
    private final Workspace workspace;

    public MarketData(Workspace workspace) { this.workspace = workspace; }

    /** Every panel row, grouped by cell, brand and band (a file may split a cell over several rows). */
    public List<PanelRow> panel() {
        String sql = "SELECT period, province, COALESCE(category, ''), brand, price_band, SUM(units), SUM(value_e4) FROM market "
                + "GROUP BY period, province, COALESCE(category, ''), brand, price_band ORDER BY 1, 2, 3, 4, 5";
        List<PanelRow> out = new ArrayList<>();
        query(sql, rs -> out.add(new PanelRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getLong(6), rs.getLong(7))));
        return out;
    }

    /**
     * Our counted units and amount by province code, month and category (online lines by their shipping province),
     * from the cube's province x product months, the rollup the explorer reads: the daily rollup held 8.6M rows on
     * the 10M-line workspace and took 21 s to sum on every filter change, this one 65,280 rows and 0.1 s.
     */
    public List<OwnSales> ownSales() {
        String sql = "SELECT c.province, c.month, COALESCE(p.category, ''), SUM(c.qty), SUM(c.amount_e4) "
                + "FROM cube_pp_month c JOIN product p ON p.id = c.product_id GROUP BY 1, 2, 3 ORDER BY 1, 2, 3";
        List<OwnSales> out = new ArrayList<>();
        query(sql, rs -> out.add(new OwnSales(rs.getString(2), rs.getString(1), rs.getString(3), rs.getLong(4), rs.getLong(5))));
        return out;
    }

    /**
     * Our counted units and amount in the cells "pure" sales leave out ({@code pure}'s campaigns' covered day x province x
     * channel cells, campaign_cover), by province code, month and category as {@link #ownSales}: the province x channel x
     * product days joined to the covered cells. Empty when {@code pure} is off.
     */
    public List<OwnSales> ownSalesCovered(org.salestrack.model.cube.PureSales pure) {
        if (pure == null || !pure.on()) return List.of();
        new org.salestrack.store.marketing.CampaignCover(workspace).refresh();
        List<Object> args = new ArrayList<>(pure.tags());
        String tags = pure.tags().isEmpty() ? "" : " WHERE tag IN (" + "?,".repeat(pure.tags().size() - 1) + "?)";
        String sql = "SELECT c.province, substr(c.sale_date, 1, 7), COALESCE(p.category, ''), SUM(c.qty), SUM(c.amount_e4) "
                + "FROM (SELECT DISTINCT sale_date, province, channel_id FROM campaign_cover" + tags + ") v "
                + "JOIN cube_day c ON c.sale_date = v.sale_date AND c.province = v.province AND c.channel_id = v.channel_id "
                + "JOIN product p ON p.id = c.product_id GROUP BY 1, 2, 3 ORDER BY 1, 2, 3";
        List<OwnSales> out = new ArrayList<>();
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) ps.setObject(i + 1, args.get(i));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(new OwnSales(rs.getString(2), rs.getString(1), rs.getString(3), rs.getLong(4), rs.getLong(5)));
            }
            return out;
        } catch (SQLException e) {
            throw new org.salestrack.store.StoreException("cannot read the sales the campaigns cover", e);
        }
    }

    public List<CompetitorEvent> events() {
        String sql = "SELECT id, brand, model, event_date, kind, provinces, category, price_before_e4, price_after_e4 "
                + "FROM competitor_event ORDER BY event_date, id";
        List<CompetitorEvent> out = new ArrayList<>();
        query(sql, rs -> out.add(new CompetitorEvent(rs.getLong(1), rs.getString(2), rs.getString(3), LocalDate.parse(rs.getString(4)),
                EventKind.parse(rs.getString(5)), ProvinceList.split(rs.getString(6)), rs.getString(7), longOrNull(rs, 8),
                longOrNull(rs, 9))));
        return out;
    }

    public List<PolicyMeasure> policies() {
        String sql = "SELECT id, name, provinces, starts, ends, category, rate, cap_e4, max_price_e4 FROM policy_measure "
                + "ORDER BY starts, id";
        List<PolicyMeasure> out = new ArrayList<>();
        query(sql, rs -> out.add(new PolicyMeasure(rs.getLong(1), rs.getString(2), ProvinceList.split(rs.getString(3)),
                LocalDate.parse(rs.getString(4)), LocalDate.parse(rs.getString(5)), rs.getString(6), rs.getDouble(7),
                longOrNull(rs, 8), longOrNull(rs, 9))));
        return out;
    }

    /** Each SKU's category (empty when the product master gives none), for the subsidy driver's eligibility. */
    public java.util.Map<String, String> skuCategories() {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        query("SELECT sku, COALESCE(category, '') FROM product", rs -> out.put(rs.getString(1), rs.getString(2)));
        return out;
    }

    private static Long longOrNull(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    private interface RowSink {
        void accept(ResultSet rs) throws SQLException;
    }

    private void query(String sql, RowSink sink) {
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) sink.accept(rs);
        } catch (SQLException e) {
            throw new StoreException("cannot read the market data", e);
        }
    }
}
