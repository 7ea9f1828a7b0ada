package org.salestrack.store.cube;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.salestrack.model.Dimension;
import org.salestrack.model.cube.Member;
import org.salestrack.model.cube.Slice;
import org.salestrack.model.cube.StockOnHand;
import org.salestrack.store.StoreException;
import org.salestrack.store.Workspace;

/** The members of each dimension (for filter pickers), the span of the data, and stock on hand. */
public final class CubeDimensions {
    private final Workspace workspace;

    public CubeDimensions(Workspace workspace) { this.workspace = workspace; }

    /** The dimensions the cube groups and filters by. */
    public Set<Dimension> dimensions() { return workspace.sql().cubeDimensions(); }

    /** Members that occur in the workspace, ordered by their parent then label. */
    public List<Member> members(Dimension d) {
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(workspace.sql().members(d))) {
            List<Member> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(new Member(d, rs.getString(1), rs.getString(2), rs.getString(3)));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot list " + d.id() + " members", e);
        }
    }

    /** First and last day with counted sales, or empty for a workspace without sales. */
    public Optional<Slice> span() {
        try (Connection c = workspace.connect();
             PreparedStatement ps = c.prepareStatement(workspace.sql().span());
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next() || rs.getString(1) == null) return Optional.empty();
            return Optional.of(Slice.of(LocalDate.parse(rs.getString(1)), LocalDate.parse(rs.getString(2))));
        } catch (SQLException e) {
            throw new StoreException("cannot read the span of the sales", e);
        }
    }

    /**
     * Units on hand at the slice's end: every location's latest snapshot on or before it, filtered by the
     * slice's geography, channel, dealer, store and product like sales are; see {@link StockOnHand}.
     */
    public StockOnHand stockOnHand(Slice slice) {
        List<Object> args = new ArrayList<>();
        String sql = workspace.sql().stockOnHand(slice, args);
        try (Connection c = workspace.connect()) {
            List<String> unstocked = unstockedChannels(c, slice);
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < args.size(); i++) ps.setObject(i + 1, args.get(i));
                try (ResultSet rs = ps.executeQuery()) {
                    OptionalLong units = !rs.next() || rs.getLong(2) == 0 ? OptionalLong.empty() : OptionalLong.of(rs.getLong(1));
                    return new StockOnHand(units, unstocked);
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read stock on hand", e);
        }
    }

    /** The channels a channel filter keeps that no stock location belongs to; none without a channel filter. */
    private List<String> unstockedChannels(Connection c, Slice slice) throws SQLException {
        if (slice.keys(Dimension.CHANNEL).isEmpty() && slice.keys(Dimension.CHANNEL_TYPE).isEmpty()) return List.of();
        List<Object> args = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(workspace.sql().unstockedChannels(slice, args))) {
            for (int i = 0; i < args.size(); i++) ps.setObject(i + 1, args.get(i));
            List<String> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(rs.getString(1));
            }
            return out;
        }
    }
}
