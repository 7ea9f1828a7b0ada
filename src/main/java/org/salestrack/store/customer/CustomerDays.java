package org.salestrack.store.customer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.salestrack.model.cube.Slice;
import org.salestrack.model.customer.CustomerDay;
import org.salestrack.store.CountedSale;
import org.salestrack.store.StoreException;
import org.salestrack.store.Workspace;

/**
 * The counted sale lines that carry a customer, as customer x day x category x channel x province rows,
 * streamed in customer then day order (what {@code CustomerHistories} reads). Customers are their
 * pseudonymous ids: the raw ids never reached the workspace.
 */
public final class CustomerDays {
    private final Workspace workspace;

    public CustomerDays(Workspace workspace) { this.workspace = workspace; }

    /**
     * Every counted line with a customer up to {@code asOf} within the slice's member filters (its dates
     * are not used), in customer then day order. The lines are read by id, unjoined, and named from the
     * small dimension tables here: a join and a GROUP BY cost SQLite three times the plain sorted read.
     */
    public void forEach(LocalDate asOf, Slice filter, Consumer<CustomerDay> sink) {
        read(asOf, filter, null, sink);
    }

    /** One customer's lines up to {@code asOf} within the filters, in day order. */
    public java.util.List<CustomerDay> history(String customer, LocalDate asOf, Slice filter) {
        java.util.List<CustomerDay> out = new java.util.ArrayList<>();
        read(asOf, filter, customer, out::add);
        return out;
    }

    private void read(LocalDate asOf, Slice filter, String customer, Consumer<CustomerDay> sink) {
        List<Object> args = new ArrayList<>();
        args.add(asOf.toString());
        String sql = "SELECT s.customer_id, unixepoch(s.sale_date) / 86400, s.product_id, s.channel_id, s.region_id, s.qty, s.amount_cents "
                + "FROM sale s WHERE s.customer_id IS NOT NULL AND " + CountedSale.where("s") + " AND s.sale_date <= ?"
                + workspace.sql().lineFilter(filter, args)
                + (customer == null ? "" : " AND s.customer_id = (SELECT id FROM customer WHERE pid = ?)")
                + " ORDER BY s.customer_id, s.sale_date";
        try (Connection c = workspace.connect()) {
            Map<Long, String> pids = customer == null ? names(c, "SELECT id, pid FROM customer") : Map.of();
            Map<Long, String> categories = names(c, "SELECT id, COALESCE(category, '') FROM product");
            Map<Long, String> channels = names(c, "SELECT id, name FROM channel");
            Map<Long, String> provinces = names(c, "SELECT id, province FROM region");
            Map<Long, LocalDate> days = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setFetchSize(10_000);
                if (customer != null) args.add(customer);
                for (int i = 0; i < args.size(); i++) ps.setObject(i + 1, args.get(i));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        sink.accept(new CustomerDay(customer != null ? customer : pids.get(rs.getLong(1)), days.computeIfAbsent(rs.getLong(2), LocalDate::ofEpochDay),
                                categories.get(rs.getLong(3)), channels.get(rs.getLong(4)), provinces.get(rs.getLong(5)), rs.getLong(6),
                                rs.getLong(7)));
                    }
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the customers' purchases", e);
        }
    }

    private static Map<Long, String> names(Connection c, String sql) throws SQLException {
        Map<Long, String> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.put(rs.getLong(1), rs.getString(2));
        }
        return out;
    }

    /** The last day with a counted sale that carries a customer. */
    public Optional<LocalDate> lastDay() {
        try (Connection c = workspace.connect();
             PreparedStatement ps = c.prepareStatement("SELECT MAX(sale_date) FROM sale WHERE customer_id IS NOT NULL AND " + CountedSale.where(""));
             ResultSet rs = ps.executeQuery()) {
            String d = rs.next() ? rs.getString(1) : null;
            return Optional.ofNullable(d).map(LocalDate::parse);
        } catch (SQLException e) {
            throw new StoreException("cannot read the customers' last day", e);
        }
    }
}
