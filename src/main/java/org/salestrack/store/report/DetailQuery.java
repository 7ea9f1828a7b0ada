package org.salestrack.store.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Consumer;
import org.salestrack.store.Interrupt;
import org.salestrack.model.report.DetailFeed;
import org.salestrack.model.report.DetailLine;
import org.salestrack.store.SalesSql;
import org.salestrack.store.StoreException;
import org.salestrack.store.Workspace;
import org.salestrack.task.Cancellation;

/**
 * The counted sale lines of a month, streamed from the fact table in time order. A Cancel interrupts the
 * read (the scan and sort before the first line take most of it), not only the writing of lines.
 */
public final class DetailQuery implements DetailFeed {
    private static final String COLUMNS = "SELECT s.sold_at, s.order_id, s.line_no, ch.name, ch.type, st.code, dl.code, r.region, "
            + "COALESCE(pv.name_zh, r.province), r.city, p.sku, p.name, p.series, s.qty, s.unit_price_e4, s.amount_e4, "
            + "s.margin_e4, s.batch_id, s.src_row";

    private final Workspace workspace;
    private final YearMonth month;
    private final Cancellation cancel;

    public DetailQuery(Workspace workspace, YearMonth month, Cancellation cancel) {
        this.workspace = workspace;
        this.month = month;
        this.cancel = cancel;
    }

    /** From the month rollup, which counts the same lines. */
    @Override
    public long count() {
        try (Connection c = workspace.connect();
             PreparedStatement ps = c.prepareStatement("SELECT COALESCE(SUM(rows), 0) FROM "
                     + workspace.sql().monthRollup(SalesSql.MonthRollup.PROVINCE_CHANNEL) + " WHERE month = ?")) {
            ps.setString(1, month.toString());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot count the detail lines", e);
        }
    }

    @Override
    public void forEach(Consumer<DetailLine> sink) {
        String sql = COLUMNS + workspace.sql().factsWithDimensions() + CountedSales.WHERE + "ORDER BY s.sold_at, s.id";
        try (Connection c = workspace.connect()) {
            Interrupt.on(c, cancel);
            read(c, sql, sink);
        } catch (SQLException e) {
            throw Interrupt.failure(e, cancel, "cannot read the detail lines");
        }
    }

    private void read(Connection c, String sql, Consumer<DetailLine> sink) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setFetchSize(5_000);
            MonthSpan.bind(ps, List.of(month));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long margin = rs.getLong(17);
                    Long marginE4 = rs.wasNull() ? null : margin;
                    sink.accept(new DetailLine(LocalDateTime.parse(rs.getString(1)), rs.getString(2), rs.getInt(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                            rs.getString(11), rs.getString(12), rs.getString(13), rs.getLong(14), rs.getLong(15), rs.getLong(16),
                            marginE4, rs.getLong(18), rs.getInt(19)));
                }
            }
        }
    }
}
