package org.salestrack.store.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.salestrack.model.ChannelType;
import org.salestrack.model.report.ChannelLine;
import org.salestrack.model.report.StoreTypeLine;
import org.salestrack.store.StoreException;
import org.salestrack.store.Workspace;

/** Counted sales of one month by channel, and offline sales by store type. */
public final class ChannelMixQuery {
    private final Workspace workspace;

    public ChannelMixQuery(Workspace workspace) { this.workspace = workspace; }

    /** Largest channel first. */
    public List<ChannelLine> channels(YearMonth month) {
        String sql = "SELECT ch.name, ch.type, ch.kind, " + CountedSales.ORDERS + ", SUM(s.qty), SUM(s.amount_cents)"
                + CountedSales.FROM + CountedSales.WHERE + "GROUP BY ch.id ORDER BY SUM(s.amount_cents) DESC, ch.name";
        List<ChannelLine> out = new ArrayList<>();
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            MonthSpan.bind(ps, List.of(month));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ChannelLine(rs.getString(1), ChannelType.parse(rs.getString(2)), rs.getString(3), rs.getLong(4),
                            rs.getLong(5), rs.getLong(6)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot total sales by channel", e);
        }
        return out;
    }

    /** Offline lines sold through a known store, by the store's type ("" when the store file gave none). */
    public List<StoreTypeLine> storeTypes(YearMonth month) {
        String sql = "SELECT COALESCE(st.store_type, '') AS t, SUM(s.qty), SUM(s.amount_cents)" + CountedSales.FROM
                + CountedSales.WHERE + "AND ch.type = 'offline' AND s.store_id IS NOT NULL GROUP BY t ORDER BY SUM(s.amount_cents) DESC, t";
        List<StoreTypeLine> out = new ArrayList<>();
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            MonthSpan.bind(ps, List.of(month));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(new StoreTypeLine(rs.getString(1), rs.getLong(2), rs.getLong(3)));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot total sales by store type", e);
        }
        return out;
    }
}
