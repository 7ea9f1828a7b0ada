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
     * are not used), in customer then day order. The lines are read unjoined and unsorted, named from the
     * small dimension tables and ordered here ({@link CustomerLineBuffer}): a join, a GROUP BY or an
     * ORDER BY cost SQLite more than the plain read.
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
        String sql = "SELECT s.customer_id, unixepoch(s.sale_date) / 86400, s.product_id, s.channel_id, s.region_id, s.qty, s.amount_e4 "
                + "FROM sale s WHERE s.customer_id IS NOT NULL AND " + CountedSale.where("s") + " AND s.sale_date <= ?"
                + workspace.sql().lineFilter(filter, args)
                + (customer == null ? "" : " AND s.customer_id = (SELECT id FROM customer WHERE pid = ?) ORDER BY s.sale_date, s.id");
        if (customer != null) args.add(customer);
        try (Connection c = workspace.connect()) {
            Map<Long, String> categories = names(c, "SELECT id, COALESCE(category, '') FROM product");
            Map<Long, String> channels = names(c, "SELECT id, name FROM channel");
            Map<Long, String> provinces = names(c, "SELECT id, province FROM region");
            CustomerLineBuffer lines = new CustomerLineBuffer();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setFetchSize(10_000);
                for (int i = 0; i < args.size(); i++) ps.setObject(i + 1, args.get(i));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        lines.add(Math.toIntExact(rs.getLong(1)), rs.getInt(2), Math.toIntExact(rs.getLong(3)), Math.toIntExact(rs.getLong(4)),
                                Math.toIntExact(rs.getLong(5)), rs.getLong(6), rs.getLong(7));
                    }
                }
            }
            Map<Long, String> pids = customer == null ? names(c, "SELECT id, pid FROM customer") : Map.of();
            if (lines.size() == 0) return;
            int firstDay = lines.firstDay();
            LocalDate[] days = new LocalDate[lines.lastDay() - firstDay + 1];
            int[] order = customer == null ? lines.order() : null;
            for (int k = 0; k < lines.size(); k++) {
                int i = order == null ? k : order[k];
                int d = lines.day(i) - firstDay;
                LocalDate day = days[d];
                if (day == null) day = days[d] = LocalDate.ofEpochDay(lines.day(i));
                sink.accept(new CustomerDay(customer != null ? customer : pids.get((long) lines.customer(i)), day,
                        categories.get((long) lines.product(i)), channels.get((long) lines.channel(i)), provinces.get((long) lines.region(i)),
                        lines.units(i), lines.amount(i)));
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
