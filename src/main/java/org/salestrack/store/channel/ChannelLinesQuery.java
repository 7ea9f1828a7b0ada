package org.salestrack.store.channel;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.salestrack.model.ChannelType;
import org.salestrack.model.channel.ChannelLine;
import org.salestrack.model.cube.Slice;
import org.salestrack.store.CountedSale;
import org.salestrack.store.StoreException;
import org.salestrack.store.Workspace;
import org.salestrack.task.Cancellation;

/**
 * The counted sales lines of a slice that carry a customer or were picked up in a store: the cube's
 * rollups keep neither customers nor the pickup flag, so the channel comparison's customer side reads
 * the lines themselves. Only those lines are read (index ix_sale_channel_customer, V130); channel types and
 * age bands come from the small dimension tables, not from a join.
 */
public final class ChannelLinesQuery {
    private final Workspace workspace;

    public ChannelLinesQuery(Workspace workspace) { this.workspace = workspace; }

    public void forEach(Slice slice, Cancellation cancel, Consumer<ChannelLine> sink) {
        List<Object> args = new ArrayList<>();
        args.add(slice.from().toString());
        args.add(slice.to().toString());
        String sql = "SELECT COALESCE(s.customer_id, 0), s.channel_id, s.pickup, "
                + "CASE WHEN s.pickup = 1 THEN s.channel_id || ':' || COALESCE(s.order_id, '#' || s.id) END, "
                + "unixepoch(s.sale_date) / 86400, s.qty, s.amount_e4 FROM sale s "
                + "WHERE s.sale_date BETWEEN ? AND ? AND (s.customer_id IS NOT NULL OR s.pickup = 1) AND " + CountedSale.where("s")
                + workspace.sql().lineFilter(slice, args);
        try (Connection c = workspace.connect()) {
            Map<Long, ChannelType> types = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, type FROM channel"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) types.put(rs.getLong(1), ChannelType.parse(rs.getString(2)));
            }
            Map<Long, String> bands = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, age_band FROM customer WHERE age_band IS NOT NULL AND age_band <> ''");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) bands.put(rs.getLong(1), rs.getString(2));
            }
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setFetchSize(10_000);
                for (int i = 0; i < args.size(); i++) ps.setObject(i + 1, args.get(i));
                try (ResultSet rs = ps.executeQuery()) {
                    long n = 0;
                    while (rs.next()) {
                        if ((++n & 0xFFFF) == 0) cancel.check();
                        long customer = rs.getLong(1);
                        sink.accept(new ChannelLine(customer, types.get(rs.getLong(2)), rs.getInt(3) == 1, rs.getString(4), rs.getLong(5),
                                rs.getLong(6), rs.getLong(7), customer == 0 ? null : bands.get(customer)));
                    }
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the channels' customer lines", e);
        }
    }
}
