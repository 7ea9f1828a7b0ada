package org.salestrack.store.customer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import org.salestrack.model.cube.Slice;
import org.salestrack.model.customer.CustomerDay;
import org.salestrack.store.StoreException;
import org.salestrack.store.Workspace;

/**
 * The counted sale lines that carry a customer, summed by customer, day, category, channel and province,
 * streamed in customer then day order (what {@code CustomerHistories} reads). Customers are their
 * pseudonymous ids: the raw ids never reached the workspace.
 */
public final class CustomerDays {
    private final Workspace workspace;

    public CustomerDays(Workspace workspace) { this.workspace = workspace; }

    /** Every customer-day up to {@code asOf} within the slice's member filters (its dates are not used). */
    public void forEach(LocalDate asOf, Slice filter, Consumer<CustomerDay> sink) {
        LineFilter f = new LineFilter(filter);
        String sql = "SELECT cu.pid, s.sale_date, COALESCE(p.category, ''), ch.name, r.province, SUM(s.qty), SUM(s.amount_cents) "
                + "FROM sale s JOIN customer cu ON cu.id = s.customer_id JOIN region r ON r.id = s.region_id "
                + "LEFT JOIN province pv ON pv.code = r.province JOIN channel ch ON ch.id = s.channel_id "
                + "JOIN product p ON p.id = s.product_id "
                + "WHERE s.hold = 0 AND s.status = 'paid' AND s.sale_date <= ?" + f.sql()
                + " GROUP BY s.customer_id, s.sale_date, p.category, ch.name, r.province ORDER BY s.customer_id, s.sale_date";
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setFetchSize(10_000);
            ps.setString(1, asOf.toString());
            f.bind(ps, 2);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sink.accept(new CustomerDay(rs.getString(1), LocalDate.parse(rs.getString(2)), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getLong(6), rs.getLong(7)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the customers' purchases", e);
        }
    }

    /** The last day with a counted sale that carries a customer. */
    public Optional<LocalDate> lastDay() {
        try (Connection c = workspace.connect();
             PreparedStatement ps = c.prepareStatement("SELECT MAX(sale_date) FROM sale WHERE customer_id IS NOT NULL AND hold = 0 AND status = 'paid'");
             ResultSet rs = ps.executeQuery()) {
            String d = rs.next() ? rs.getString(1) : null;
            return Optional.ofNullable(d).map(LocalDate::parse);
        } catch (SQLException e) {
            throw new StoreException("cannot read the customers' last day", e);
        }
    }
}
