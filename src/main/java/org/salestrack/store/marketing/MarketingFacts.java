package org.salestrack.store.marketing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.salestrack.model.Campaign;
import org.salestrack.model.ChannelType;
import org.salestrack.model.marketing.ChannelSpend;
import org.salestrack.model.marketing.DaySales;
import org.salestrack.model.marketing.FirstPurchase;
import org.salestrack.model.marketing.Touch;
import org.salestrack.store.CountedSale;
import org.salestrack.store.StoreException;
import org.salestrack.store.Workspace;
import org.salestrack.store.quality.QualityFactsReader;

/**
 * The marketing facts of a workspace: the campaign calendar, spend by campaign, counted sales by day x
 * channel x province (from the sale_day rollup, so they agree with every other total), touchpoints in
 * customer then time order, and the revenue of the orders the touchpoints placed.
 */
public final class MarketingFacts {
    private final Workspace workspace;

    public MarketingFacts(Workspace workspace) { this.workspace = workspace; }

    /** Campaigns with channels split and region resolved to provinces, as the data-quality rules read them. */
    public List<Campaign> campaigns() { return new QualityFactsReader(workspace).campaigns(); }

    /** Spend in e4 by campaign code; always-on spend (no code) is left out. */
    public Map<String, Long> spendByCampaign() {
        String sql = "SELECT campaign_code, SUM(spend_e4) FROM spend WHERE campaign_code IS NOT NULL AND campaign_code <> '' "
                + "GROUP BY campaign_code";
        Map<String, Long> out = new HashMap<>();
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.put(rs.getString(1), rs.getLong(2));
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read the marketing spend", e);
        }
    }

    /**
     * Counted sales by day, channel and province between two days (inclusive), in day order. Read from the day x
     * province x channel rollup (brought up to date first), which holds exactly that grain: sale_day keeps a row per
     * store, dealer, region and product as well (8.6M rows on the 10M-line workspace against 0.3M; the workbook's
     * campaign and ROI tables read it twice, most of a month's workbook once the orders came from a rollup: issue 23).
     */
    public void daySales(LocalDate from, LocalDate to, Consumer<DaySales> sink) {
        // the national store keeps no cube: there the daily rollup is read as before
        boolean cube = !workspace.onServer();
        if (cube) new org.salestrack.store.cube.CubeRollups(workspace).refresh(org.salestrack.task.Cancellation.none());
        String sql = cube ? "SELECT d.sale_date, c.name, c.type, d.province, SUM(d.qty), SUM(d.amount_e4), SUM(d.margin_e4) "
                + "FROM cube_pc_day d JOIN channel c ON c.id = d.channel_id "
                + "WHERE d.sale_date BETWEEN ? AND ? GROUP BY d.sale_date, c.name, c.type, d.province ORDER BY d.sale_date"
                : "SELECT d.sale_date, c.name, c.type, r.province, SUM(d.qty), SUM(d.amount_e4), SUM(d.margin_e4) "
                + "FROM sale_day d JOIN channel c ON c.id = d.channel_id JOIN region r ON r.id = d.region_id "
                + "WHERE d.sale_date BETWEEN ? AND ? GROUP BY d.sale_date, c.name, c.type, r.province ORDER BY d.sale_date";
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, from.toString());
            ps.setString(2, to.toString());
            try (ResultSet rs = ps.executeQuery()) {
                Map<String, LocalDate> days = new HashMap<>();
                while (rs.next()) {
                    LocalDate day = days.computeIfAbsent(rs.getString(1), LocalDate::parse);
                    sink.accept(new DaySales(day, rs.getString(2), ChannelType.parse(rs.getString(3)), rs.getString(4),
                            rs.getLong(5), rs.getLong(6), rs.getLong(7)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the daily sales", e);
        }
    }

    /** The first and last day with counted sales, or null when there are none. */
    public LocalDate[] span() {
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(workspace.sql().span());
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next() || rs.getString(1) == null) return null;
            return new LocalDate[] {LocalDate.parse(rs.getString(1)), LocalDate.parse(rs.getString(2))};
        } catch (SQLException e) {
            throw new StoreException("cannot read the sales span", e);
        }
    }

    /** Every touchpoint in customer then time order (times are wall-clock, read as UTC seconds). */
    public void touches(Consumer<Touch> sink) {
        String sql = "SELECT t.customer_id, t.at, c.name, t.order_id FROM touchpoint t JOIN channel c ON c.id = t.channel_id "
                + "ORDER BY t.customer_id, t.at, t.id";
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String at = rs.getString(2);
                long second = (at.length() <= 10 ? LocalDate.parse(at).atStartOfDay() : LocalDateTime.parse(at.substring(0, 19)))
                        .toEpochSecond(ZoneOffset.UTC);
                String order = rs.getString(4);
                sink.accept(new Touch(rs.getLong(1), second, rs.getString(3), order == null || order.isBlank() ? null : order));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the touchpoints", e);
        }
    }

    /** Counted revenue in e4 of each order a touchpoint placed. */
    public Map<String, Long> touchOrderRevenue() {
        String sql = "SELECT s.order_id, SUM(s.amount_e4) FROM sale s WHERE " + CountedSale.where("s")
                + " AND s.order_id IN (SELECT order_id FROM touchpoint WHERE order_id IS NOT NULL) GROUP BY s.order_id";
        Map<String, Long> out = new HashMap<>();
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.put(rs.getString(1), rs.getLong(2));
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read the revenue of the touchpoints' orders", e);
        }
    }

    /** Spend in e4 by channel and month, campaign and always-on spend together. */
    public List<ChannelSpend> spendByChannelMonth() {
        String sql = "SELECT c.name, substr(s.date, 1, 7), SUM(s.spend_e4) FROM spend s JOIN channel c ON c.id = s.channel_id "
                + "GROUP BY c.name, substr(s.date, 1, 7)";
        List<ChannelSpend> out = new ArrayList<>();
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.add(new ChannelSpend(rs.getString(1), YearMonth.parse(rs.getString(2)), rs.getLong(3)));
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read the spend by channel and month", e);
        }
    }

    /** Each customer's first counted line (by time, then line id) and the customer's count of counted orders. */
    public void firstPurchases(Consumer<FirstPurchase> sink) {
        String sql = "WITH c AS (SELECT s.id, s.customer_id, s.sold_at, s.sale_date, s.channel_id, s.region_id, s.campaign_code, s.order_id "
                + "FROM sale s WHERE " + CountedSale.where("s") + " AND s.customer_id IS NOT NULL), "
                + "f AS (SELECT c.*, ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY sold_at, id) AS rn FROM c), "
                + "n AS (SELECT s.customer_id, " + CountedSale.ORDERS + " AS orders FROM c s GROUP BY s.customer_id) "
                + "SELECT f.customer_id, f.sale_date, ch.name, ch.type, r.province, f.campaign_code, n.orders "
                + "FROM f JOIN n ON n.customer_id = f.customer_id JOIN channel ch ON ch.id = f.channel_id "
                + "JOIN region r ON r.id = f.region_id WHERE f.rn = 1";
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String code = rs.getString(6);
                sink.accept(new FirstPurchase(rs.getLong(1), LocalDate.parse(rs.getString(2)), rs.getString(3),
                        ChannelType.parse(rs.getString(4)), rs.getString(5), code == null || code.isBlank() ? null : code, rs.getInt(7)));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the customers' first purchases", e);
        }
    }

    /** Every channel: id, name and type, in id order. */
    public List<String[]> channels() {
        List<String[]> out = new ArrayList<>();
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement("SELECT id, name, type FROM channel ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read the channels", e);
        }
    }
}
