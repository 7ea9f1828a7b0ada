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
     * Units on hand at the slice's end: every location's latest snapshot on or before it, for the slice's
     * products, or empty when no stock was imported.
     */
    public OptionalLong stockOnHand(Slice slice) {
        // each location's own latest snapshot: stores report weekly and dealers monthly, so one global
        // latest date would see only whichever reported last; a location silent for 35 days is not counted
        StringBuilder sql = new StringBuilder("SELECT SUM(c.on_hand), COUNT(*) FROM stock c JOIN (SELECT location_code, "
                + "MAX(as_of) AS last FROM stock WHERE as_of <= ? AND as_of >= ? GROUP BY location_code) l "
                + "ON l.location_code = c.location_code AND l.last = c.as_of WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        args.add(slice.to().toString() + "T99");
        args.add(slice.to().minusDays(35).toString());
        for (Map.Entry<Dim, Set<String>> f : slice.members().entrySet()) {
            Dim d = f.getKey();
            if (d != Dim.CATEGORY && d != Dim.SERIES && d != Dim.MODEL && d != Dim.SKU) continue;
            sql.append(" AND ").append(DimSql.filter(d, Source.CHANNEL_PRODUCT, Source.Products.ID, f.getValue().size()));
            args.addAll(f.getValue());
        }
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) ps.setObject(i + 1, args.get(i));
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || rs.getLong(2) == 0) return OptionalLong.empty();
                return OptionalLong.of(rs.getLong(1));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read stock on hand", e);
        }
    }
}
