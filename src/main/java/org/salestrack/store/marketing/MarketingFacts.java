package org.salestrack.store.marketing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.salestrack.model.Campaign;
import org.salestrack.model.ChannelType;
import org.salestrack.model.marketing.DaySales;
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

    /** Counted sales by day, channel and province between two days (inclusive), in day order. */
    public void daySales(LocalDate from, LocalDate to, Consumer<DaySales> sink) {
        String sql = "SELECT d.sale_date, c.name, c.type, r.province, SUM(d.qty), SUM(d.amount_e4), SUM(d.margin_e4) "
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
}
