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
import org.salestrack.store.SalesSql;
import org.salestrack.store.StoreException;
import org.salestrack.store.Workspace;

/** Counted sales of one month by channel, and offline sales by store type, from the month rollups. */
public final class ChannelMixQuery {
    private final Workspace workspace;

    public ChannelMixQuery(Workspace workspace) { this.workspace = workspace; }

    /** Largest channel first; orders from {@code orders}, which must hold the month. */
    public List<ChannelLine> channels(YearMonth month, OrderCounts orders) {
        String sql = "SELECT ch.id, ch.name, ch.type, ch.kind, SUM(c.qty), SUM(c.amount_e4) FROM "
                + workspace.sql().monthRollup(SalesSql.MonthRollup.PROVINCE_CHANNEL) + " c "
                + "JOIN channel ch ON ch.id = c.channel_id WHERE c.month = ? GROUP BY ch.id ORDER BY SUM(c.amount_e4) DESC, ch.name";
        List<ChannelLine> out = new ArrayList<>();
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, month.toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ChannelLine(rs.getString(2), ChannelType.parse(rs.getString(3)), rs.getString(4),
                            orders.channel(month, rs.getLong(1)), rs.getLong(5), rs.getLong(6)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot total sales by channel", e);
        }
        return out;
    }

    /** Offline lines sold through a known store, by the store's type ("" when the store file gave none). */
    public List<StoreTypeLine> storeTypes(YearMonth month) {
        String sql = "SELECT COALESCE(st.store_type, '') AS t, SUM(c.qty), SUM(c.amount_e4) FROM "
                + workspace.sql().monthRollup(SalesSql.MonthRollup.STORE) + " c "
                + "JOIN channel ch ON ch.id = c.channel_id LEFT JOIN store st ON st.id = c.store_id "
                + "WHERE c.month = ? AND ch.type = 'offline' AND c.store_id <> 0 GROUP BY t ORDER BY SUM(c.amount_e4) DESC, t";
        List<StoreTypeLine> out = new ArrayList<>();
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, month.toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(new StoreTypeLine(rs.getString(1), rs.getLong(2), rs.getLong(3)));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot total sales by store type", e);
        }
        return out;
    }
}
