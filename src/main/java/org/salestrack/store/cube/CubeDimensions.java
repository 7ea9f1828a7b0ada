package org.salestrack.store.cube;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.salestrack.model.cube.Dim;
import org.salestrack.model.cube.Member;
import org.salestrack.model.cube.Slice;
import org.salestrack.model.cube.StockOnHand;
import org.salestrack.store.StoreException;
import org.salestrack.store.Workspace;

/** The members of each dimension (for filter pickers), the span of the data, and stock on hand. */
public final class CubeDimensions {
    private final Workspace workspace;

    public CubeDimensions(Workspace workspace) { this.workspace = workspace; }

    /** Members that occur in the workspace, ordered by their parent then label. */
    public List<Member> members(Dim d) {
        String sql = switch (d) {
            case REGION -> "SELECT DISTINCT COALESCE(pv.sales_region, r.region), COALESCE(pv.sales_region, r.region), '' "
                    + "FROM region r LEFT JOIN province pv ON pv.code = r.province WHERE COALESCE(pv.sales_region, r.region) <> ''";
            case PROVINCE -> "SELECT DISTINCT r.province, COALESCE(pv.name_zh, r.province), COALESCE(pv.sales_region, r.region) "
                    + "FROM region r LEFT JOIN province pv ON pv.code = r.province WHERE r.province <> ''";
            case CITY -> "SELECT DISTINCT city, city, province FROM region WHERE city <> ''";
            case CHANNEL_TYPE -> "SELECT DISTINCT type, type, '' FROM channel";
            case CHANNEL -> "SELECT id, name, type FROM channel";
            case DEALER -> "SELECT id, code || COALESCE(' ' || name, ''), COALESCE(tier, '') FROM dealer";
            case STORE -> "SELECT st.id, st.code || COALESCE(' ' || st.name, ''), COALESCE(r.province, '') FROM store st "
                    + "LEFT JOIN region r ON r.id = st.region_id";
            case CATEGORY -> "SELECT DISTINCT COALESCE(category, ''), COALESCE(category, ''), '' FROM product";
            case SERIES -> "SELECT DISTINCT COALESCE(series, ''), COALESCE(series, ''), COALESCE(category, '') FROM product";
            case MODEL -> "SELECT DISTINCT COALESCE(model, ''), COALESCE(model, ''), COALESCE(series, '') FROM product";
            case SKU -> "SELECT id, sku || COALESCE(' ' || name, ''), COALESCE(model, '') FROM product";
        };
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement("SELECT * FROM (" + sql + ") ORDER BY 3, 2")) {
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
             PreparedStatement ps = c.prepareStatement("SELECT MIN(sale_date), MAX(sale_date) FROM sale_day");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next() || rs.getString(1) == null) return Optional.empty();
            return Optional.of(Slice.of(LocalDate.parse(rs.getString(1)), LocalDate.parse(rs.getString(2))));
        } catch (SQLException e) {
            throw new StoreException("cannot read the span of the sales", e);
        }
    }

    /**
     * Each stock location with the sales levels it belongs to, so the slice's filters apply to stock as they
     * do to sales: a store has its region, channel, dealer and id; a dealer's warehouse has the region of
     * its registered city (else any of its province) and the channel its store-less sales go through; a
     * location known to neither master (a central warehouse) has none and drops out under such filters.
     */
    private static final String LOCATIONS = "SELECT st.code AS code, 'store' AS type, st.region_id AS region_id, "
            + "COALESCE(st.channel_id, sc.channel_id) AS channel_id, st.dealer_id AS dealer_id, st.id AS store_id FROM store st "
            + "LEFT JOIN (SELECT store_id, MIN(channel_id) AS channel_id FROM cube_store_month GROUP BY store_id) sc ON sc.store_id = st.id "
            + "UNION ALL SELECT d.code, 'dealer', COALESCE((SELECT MIN(r.id) FROM region r WHERE r.province = d.province "
            + "AND r.city = COALESCE(d.city, '')), (SELECT MIN(r.id) FROM region r WHERE r.province = d.province)), dc.channel_id, d.id, NULL "
            + "FROM dealer d LEFT JOIN (SELECT dealer_id, MIN(channel_id) AS channel_id FROM cube_store_month WHERE store_id = 0 "
            + "GROUP BY dealer_id) dc ON dc.dealer_id = d.id";

    /**
     * Units on hand at the slice's end: every location's latest snapshot on or before it, filtered by the
     * slice's geography, channel, dealer, store and product like sales are; see {@link StockOnHand}.
     */
    public StockOnHand stockOnHand(Slice slice) {
        // each location's own latest snapshot: stores report weekly and dealers monthly, so one global
        // latest date would see only whichever reported last; a location silent for 35 days is not counted
        StringBuilder sql = new StringBuilder("SELECT SUM(c.on_hand), COUNT(*) FROM (SELECT s.on_hand, s.product_id, l.region_id, "
                + "l.channel_id, l.dealer_id, l.store_id FROM stock s JOIN (SELECT location_code, MAX(as_of) AS last FROM stock "
                + "WHERE as_of <= ? AND as_of >= ? GROUP BY location_code) t ON t.location_code = s.location_code AND t.last = s.as_of "
                + "LEFT JOIN (" + LOCATIONS + ") l ON l.code = s.location_code AND l.type = s.location_type) c WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        args.add(slice.to().toString() + "T99");
        args.add(slice.to().minusDays(35).toString());
        sql.append(DimSql.where(slice, Source.STORE_PRODUCT, Source.Products.ID, args));
        try (Connection c = workspace.connect()) {
            List<String> unstocked = unstockedChannels(c, slice);
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
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
    private static List<String> unstockedChannels(Connection c, Slice slice) throws SQLException {
        if (slice.keys(Dim.CHANNEL).isEmpty() && slice.keys(Dim.CHANNEL_TYPE).isEmpty()) return List.of();
        StringBuilder sql = new StringBuilder("SELECT c.name FROM channel c WHERE c.id NOT IN (SELECT l.channel_id FROM (" + LOCATIONS
                + ") l WHERE l.channel_id IS NOT NULL AND l.code IN (SELECT location_code FROM stock)) "
                + "AND c.id IN (SELECT DISTINCT channel_id FROM cube_pc_month)");
        List<Object> args = new ArrayList<>();
        String[] cols = {"c.id", "c.type"};
        Dim[] dims = {Dim.CHANNEL, Dim.CHANNEL_TYPE};
        for (int k = 0; k < 2; k++) {
            Set<String> keep = slice.keys(dims[k]);
            Set<String> drop = slice.excludedKeys(dims[k]);
            if (!keep.isEmpty()) sql.append(" AND ").append(cols[k]).append(" IN (").append("?,".repeat(keep.size() - 1)).append("?)");
            if (!drop.isEmpty()) sql.append(" AND ").append(cols[k]).append(" NOT IN (").append("?,".repeat(drop.size() - 1)).append("?)");
            for (String key : keep) args.add(k == 0 ? DimSql.parseId(key) : key);
            for (String key : drop) args.add(k == 0 ? DimSql.parseId(key) : key);
        }
        sql.append(" ORDER BY c.id");
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) ps.setObject(i + 1, args.get(i));
            List<String> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(rs.getString(1));
            }
            return out;
        }
    }
}
