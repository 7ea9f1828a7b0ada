package org.salestrack.store.feedback;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.salestrack.model.Provinces;
import org.salestrack.model.feedback.ReviewFact;
import org.salestrack.model.feedback.TicketFact;
import org.salestrack.store.StoreException;
import org.salestrack.store.Workspace;

/** Reads the imported reviews and service tickets with their products, channels, stores and dealers. */
public final class FeedbackFacts {
    /**
     * A review's place is the one of its order: the first stored line of the review's channel with its order id and the
     * reviewed product (any product when the review names none), as {@link #reviewOrders} finds the order.
     */
    private static final String REVIEWS = "SELECT r.review_id, r.at, c.id, c.name, c.type, p.id, p.sku, "
            + "COALESCE(p.model, r.product_name), p.series, p.category, r.rating, r.text, "
            + "NULLIF(g.province, ''), NULLIF(g.region, ''), NULLIF(g.city, '') FROM review r "
            + "LEFT JOIN channel c ON c.id = r.channel_id "
            + "LEFT JOIN product p ON p.id = COALESCE(r.product_id, (SELECT q.id FROM product q WHERE q.name = r.product_name LIMIT 1)) "
            + "LEFT JOIN region g ON g.id = " + orderRegion("r") + " "
            + "WHERE r.at >= ? AND r.at < ? ORDER BY r.at, r.review_id";
    /**
     * The region id of a review's order (the review table under {@code alias}): its first counted line of the review's
     * channel with its order id and the reviewed product, any product when the review names none; null without one. The
     * national store takes a published review's sales region from it too.
     */
    public static String orderRegion(String alias) {
        return String.format("(SELECT s.region_id FROM sale s WHERE %1$s.order_id IS NOT NULL AND s.order_id = %1$s.order_id "
                + "AND s.channel_id = %1$s.channel_id AND (%1$s.product_id IS NULL OR s.product_id = %1$s.product_id) AND s.hold = 0 "
                + "ORDER BY s.id LIMIT 1)", alias);
    }

    /** A model's launch: the earliest launch date the product master gives its SKUs. */
    private static final String LAUNCH_DATES = "SELECT model, MIN(launch_date) FROM product WHERE model IS NOT NULL "
            + "AND launch_date IS NOT NULL AND launch_date <> '' GROUP BY model";
    /** The models the master gives a launch date. */
    private static final String LAUNCHED_IN_MASTER = "SELECT model FROM product WHERE model IS NOT NULL AND launch_date IS NOT NULL "
            + "AND launch_date <> ''";
    /** Whether any model lacks a launch date in the master (else the rollup is not scanned). */
    private static final String WITHOUT_LAUNCH = "SELECT EXISTS (SELECT 1 FROM product WHERE model IS NOT NULL AND model NOT IN ("
            + LAUNCHED_IN_MASTER + "))";
    /** For those, the first counted sale, from the daily rollup rather than the lines. */
    private static final String FIRST_SALES = "SELECT p.model, MIN(d.sale_date) FROM %s d JOIN product p ON p.id = d.product_id "
            + "WHERE d.product_id IN (SELECT id FROM product WHERE model IS NOT NULL AND model NOT IN (" + LAUNCHED_IN_MASTER + ")) "
            + "GROUP BY p.model";
    private static final String TICKETS = "SELECT t.ticket_id, t.opened_at, t.resolved_at, t.status, t.category, s.id, s.code, "
            + "d.id, d.code, d.name, NULLIF(g.province, ''), COALESCE(t.channel_id, s.channel_id), p.id, p.sku, p.model, p.series, p.category, t.text, "
            + "NULLIF(g.region, ''), NULLIF(g.city, ''), NULLIF(d.province, ''), NULLIF(d.city, '') "
            + "FROM ticket t LEFT JOIN store s ON s.id = t.store_id "
            + "LEFT JOIN dealer d ON d.id = COALESCE(t.dealer_id, s.dealer_id) LEFT JOIN region g ON g.id = s.region_id "
            + "LEFT JOIN product p ON p.id = t.product_id WHERE t.opened_at >= ? AND t.opened_at < ? ORDER BY t.opened_at, t.ticket_id";

    private final Workspace workspace;

    public FeedbackFacts(Workspace workspace) { this.workspace = workspace; }

    /** Reviews written from {@code from} to {@code to}, both included; null ends are open. */
    public List<ReviewFact> reviews(LocalDate from, LocalDate to) {
        List<ReviewFact> out = new ArrayList<>();
        String firstSales = firstSalesFrom();
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(REVIEWS)) {
            java.util.Map<String, LocalDate> launches = launches(c, firstSales);
            bindRange(ps, from, to);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String model = rs.getString(8);
                    out.add(new ReviewFact(rs.getString(1), LocalDateTime.parse(rs.getString(2)), id(rs, 3), rs.getString(4),
                            rs.getString(5), id(rs, 6), rs.getString(7), model, rs.getString(9), rs.getString(10),
                            (Integer) rs.getObject(11), rs.getString(12), rs.getString(13), rs.getString(14), rs.getString(15),
                            model == null ? null : launches.get(model)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the reviews", e);
        }
        return out;
    }

    /** Tickets opened from {@code from} to {@code to}, both included; null ends are open. */
    public List<TicketFact> tickets(LocalDate from, LocalDate to) {
        List<TicketFact> out = new ArrayList<>();
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(TICKETS)) {
            bindRange(ps, from, to);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String resolved = rs.getString(3);
                    // a ticket's place is its store's, else its dealer's registered province and seat
                    String province = rs.getString(11);
                    String region = rs.getString(19);
                    String city = rs.getString(20);
                    if (province == null && rs.getString(21) != null) {
                        province = Provinces.get().normalise(rs.getString(21)).orElse(rs.getString(21));
                        region = Provinces.get().byCode(province).map(org.salestrack.model.Province::salesRegion).orElse(null);
                        city = rs.getString(22);
                    }
                    out.add(new TicketFact(rs.getString(1), LocalDateTime.parse(rs.getString(2)),
                            resolved == null ? null : LocalDateTime.parse(resolved), rs.getString(4), rs.getString(5), id(rs, 6),
                            rs.getString(7), id(rs, 8), rs.getString(9), rs.getString(10), province, id(rs, 12), id(rs, 13),
                            rs.getString(14), rs.getString(15), rs.getString(16), rs.getString(17), rs.getString(18), region, city));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the service tickets", e);
        }
        return out;
    }

    /** The first and last day of the reviews stored by {@code batches}; empty when they stored none. */
    public java.util.Optional<LocalDate[]> reviewSpan(java.util.Collection<Long> batches) {
        if (batches.isEmpty()) return java.util.Optional.empty();
        String in = "?,".repeat(batches.size() - 1) + "?";
        try (Connection c = workspace.connect();
             PreparedStatement ps = c.prepareStatement("SELECT MIN(at), MAX(at) FROM review WHERE batch_id IN (" + in + ")")) {
            int i = 1;
            for (long b : batches) ps.setLong(i++, b);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || rs.getString(1) == null) return java.util.Optional.empty();
                return java.util.Optional.of(new LocalDate[] {LocalDate.parse(rs.getString(1).substring(0, 10)),
                        LocalDate.parse(rs.getString(2).substring(0, 10))});
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the span of the new reviews", e);
        }
    }

    /**
     * A model's sales by ISO week from {@code from} to {@code to}: units of the counted lines (paid, not held)
     * and of the refunded lines (not held), by the day they were sold; every week of the span, zeros included.
     */
    public List<org.salestrack.model.feedback.ModelWeek> modelWeeks(String model, LocalDate from, LocalDate to) {
        java.util.Map<String, long[]> weeks = new java.util.LinkedHashMap<>();
        for (String w : org.salestrack.model.cube.Grain.WEEK.keys(from, to)) weeks.put(w, new long[2]);
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement("SELECT s.sale_date, "
                + "SUM(CASE WHEN s.status = 'paid' THEN s.qty ELSE 0 END), SUM(CASE WHEN s.status = 'refunded' THEN s.qty ELSE 0 END) "
                + "FROM sale s JOIN product p ON p.id = s.product_id WHERE p.model = ? AND s.hold = 0 AND s.sale_date >= ? AND s.sale_date <= ? "
                + "GROUP BY s.sale_date")) {
            ps.setString(1, model);
            ps.setString(2, from.toString());
            ps.setString(3, to.toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long[] v = weeks.get(org.salestrack.model.cube.Grain.WEEK.key(LocalDate.parse(rs.getString(1))));
                    if (v == null) continue;
                    v[0] += rs.getLong(2);
                    v[1] += rs.getLong(3);
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the sales of " + model, e);
        }
        List<org.salestrack.model.feedback.ModelWeek> out = new ArrayList<>();
        weeks.forEach((w, v) -> out.add(new org.salestrack.model.feedback.ModelWeek(w, v[0], v[1])));
        return out;
    }

    /**
     * The orders the given reviews were written on (issue 22: the refund status of the complaining reviews' own
     * orders): per review that names an order the sales hold, its channel, order id and whether a counted line of
     * it for the reviewed product was refunded. Reviews whose order is not in the sales are left out.
     */
    public List<org.salestrack.model.feedback.ReviewOrder> reviewOrders(java.util.Collection<String> reviewIds) {
        List<org.salestrack.model.feedback.ReviewOrder> out = new ArrayList<>();
        List<String> ids = List.copyOf(new java.util.LinkedHashSet<>(reviewIds));
        try (Connection c = workspace.connect()) {
            for (int from = 0; from < ids.size(); from += 500) {
                List<String> part = ids.subList(from, Math.min(ids.size(), from + 500));
                try (PreparedStatement ps = c.prepareStatement("SELECT r.review_id, s.channel_id, s.order_id, MAX(s.status = 'refunded') "
                        + "FROM review r JOIN sale s ON s.order_id = r.order_id AND s.channel_id = r.channel_id "
                        + "AND (r.product_id IS NULL OR s.product_id = r.product_id) "
                        + "WHERE s.hold = 0 AND s.status IN ('paid', 'refunded') AND r.order_id IS NOT NULL "
                        + "AND r.review_id IN (" + "?,".repeat(part.size() - 1) + "?) GROUP BY r.id ORDER BY r.review_id")) {
                    for (int i = 0; i < part.size(); i++) ps.setString(i + 1, part.get(i));
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.add(new org.salestrack.model.feedback.ReviewOrder(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getInt(4) == 1));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the orders of the reviews", e);
        }
        return out;
    }

    /**
     * A model's orders sold from {@code from} to {@code to} (both included): orders with an order id holding a counted
     * paid or refunded line of the model, and how many of them had such a line refunded.
     */
    public org.salestrack.model.feedback.OrderCount modelOrders(String model, LocalDate from, LocalDate to) {
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement("SELECT COUNT(*), COALESCE(SUM(refunded), 0) FROM ("
                + "SELECT MAX(s.status = 'refunded') refunded FROM sale s JOIN product p ON p.id = s.product_id "
                + "WHERE p.model = ? AND s.hold = 0 AND s.status IN ('paid', 'refunded') AND s.order_id IS NOT NULL "
                + "AND s.sale_date >= ? AND s.sale_date <= ? GROUP BY s.channel_id, s.order_id)")) {
            ps.setString(1, model);
            ps.setString(2, from.toString());
            ps.setString(3, to.toString());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new org.salestrack.model.feedback.OrderCount(rs.getLong(1), rs.getLong(2));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot count the orders of " + model, e);
        }
    }

    /** Each model's launch (issue 22: feedback over the product life cycle): the master's launch date, else its first sale. */
    /**
     * Where the first sales are read: in a workspace file the day x channel x product rollup (brought up to date),
     * a thirtieth of sale_day on the 10M-line workspace (12 s against 3 s there, in every month's workbook: issue 23).
     */
    private String firstSalesFrom() {
        if (workspace.onServer()) return "sale_day";
        new org.salestrack.store.cube.CubeRollups(workspace).refresh(org.salestrack.task.Cancellation.none());
        return "cube_cp_day";
    }

    private static java.util.Map<String, LocalDate> launches(Connection c, String firstSalesFrom) throws SQLException {
        java.util.Map<String, LocalDate> out = new java.util.HashMap<>();
        try (PreparedStatement master = c.prepareStatement(LAUNCH_DATES); ResultSet rs = master.executeQuery()) {
            while (rs.next()) out.put(rs.getString(1), LocalDate.parse(rs.getString(2).substring(0, 10)));
        }
        boolean lacking;
        try (PreparedStatement any = c.prepareStatement(WITHOUT_LAUNCH); ResultSet rs = any.executeQuery()) {
            lacking = rs.next() && rs.getInt(1) == 1;
        }
        if (!lacking) return out;
        try (PreparedStatement first = c.prepareStatement(String.format(FIRST_SALES, firstSalesFrom)); ResultSet rs = first.executeQuery()) {
            while (rs.next()) out.putIfAbsent(rs.getString(1), LocalDate.parse(rs.getString(2).substring(0, 10)));
        }
        return out;
    }

    private static void bindRange(PreparedStatement ps, LocalDate from, LocalDate to) throws SQLException {
        ps.setString(1, from == null ? "0000" : from.toString());
        ps.setString(2, to == null ? "9999" : to.plusDays(1).toString());
    }

    private static Long id(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }
}
