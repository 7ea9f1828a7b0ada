package org.salestrack.store;

import org.salestrack.model.cube.PureSales;
import org.salestrack.store.marketing.CampaignCover;

import org.salestrack.model.Money;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.salestrack.model.Dimension;
import org.salestrack.model.MonthlySeries;
import org.salestrack.store.cube.CubeRollups;
import org.salestrack.task.Cancellation;

/**
 * Monthly series of counted sales for forecasting, grouped by any of the geography, channel and product
 * levels; every series spans the same months, zeros filled. They are read from the cube's month rollups
 * (whole months of sale_day, brought up to date first when the workspace changed), the smallest that
 * holds the level, so a level costs thousands of rollup rows rather than a scan of sale_day.
 */
public final class SeriesQuery {
    private final Workspace workspace;
    private final CubeRollups rollups;

    public SeriesQuery(Workspace workspace) {
        this.workspace = workspace;
        this.rollups = new CubeRollups(workspace);
    }

    /** The level names {@link #monthly} groups by. */
    public List<String> levelNames() { return workspace.sql().seriesDimensions().stream().map(Dimension::id).toList(); }

    /** The last day with counted sales (YYYY-MM-DD), or null for an empty workspace. */
    public String lastSaleDate() {
        try (Connection c = workspace.connect();
             PreparedStatement ps = c.prepareStatement(workspace.sql().lastSaleDate());
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            throw new StoreException("cannot read the last sale date", e);
        }
    }

    /** @param level dimensions to group by; empty for the grand total */
    public List<MonthlySeries> monthly(List<String> level, String fromMonth, String toMonth) {
        return monthly(level, fromMonth, toMonth, PureSales.OFF);
    }

    /** The same leaving out the sales of the campaigns {@code pure} names: an unpromoted base to forecast from. */
    public List<MonthlySeries> monthly(List<String> level, String fromMonth, String toMonth, PureSales pure) {
        List<Dimension> dims = new ArrayList<>();
        for (String l : level) {
            dims.add(Dimension.byId(l).filter(workspace.sql().seriesDimensions()::contains).orElseThrow(() ->
                    new IllegalArgumentException("unknown level '" + l + "'; use " + String.join(" ", levelNames()))));
        }
        // a server store keeps its rollups current at each publish
        if (!workspace.onServer()) rollups.refresh(Cancellation.none());
        if (pure.on()) new CampaignCover(workspace).refresh();
        Map<String, List<String>> keyLists = new LinkedHashMap<>();
        Map<String, Map<String, double[]>> values = new LinkedHashMap<>();
        String first = null;
        String last = null;
        try (Connection c = workspace.connect()) {
            boolean provinceDecidesCountry = !dims.contains(Dimension.COUNTRY) || provinceDecidesCountry(c);
            List<Object> pureArgs = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(workspace.sql().monthlySeries(dims, provinceDecidesCountry, pure, pureArgs))) {
                int a = 0;
                for (Object tag : pureArgs) ps.setObject(++a, tag);
                ps.setString(a + 1, fromMonth);
                ps.setString(a + 2, fromMonth);
                ps.setString(a + 3, toMonth);
                ps.setString(a + 4, toMonth);
                try (ResultSet rs = ps.executeQuery()) {
                    int n = level.size();
                    while (rs.next()) {
                        List<String> k = new ArrayList<>(n);
                        for (int i = 1; i <= n; i++) k.add(rs.getString(i));
                        String id = n == 0 ? "total" : String.join("/", k);
                        String month = rs.getString(n + 1);
                        keyLists.putIfAbsent(id, k);
                        values.computeIfAbsent(id, x -> new LinkedHashMap<>())
                                .put(month, new double[] {rs.getLong(n + 2), Money.yuan(rs.getLong(n + 3))});
                        if (first == null || month.compareTo(first) < 0) first = month;
                        if (last == null || month.compareTo(last) > 0) last = month;
                    }
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read monthly series", e);
        }
        if (first == null) return List.of();
        if (fromMonth != null) first = fromMonth;
        if (toMonth != null) last = toMonth;
        int months = monthsBetween(first, last) + 1;
        List<MonthlySeries> out = new ArrayList<>();
        for (var e : values.entrySet()) {
            double[] units = new double[months];
            double[] revenue = new double[months];
            for (var v : e.getValue().entrySet()) {
                int i = monthsBetween(first, v.getKey());
                units[i] = v.getValue()[0];
                revenue[i] = v.getValue()[1];
            }
            out.add(new MonthlySeries(e.getKey(), keyLists.get(e.getKey()), first, units, revenue));
        }
        return out;
    }

    private boolean provinceDecidesCountry(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(workspace.sql().provincesInSeveralCountries()); ResultSet rs = ps.executeQuery()) {
            return rs.next() && rs.getLong(1) == 0;
        }
    }

    static int monthsBetween(String a, String b) {
        int ya = Integer.parseInt(a.substring(0, 4));
        int ma = Integer.parseInt(a.substring(5, 7));
        int yb = Integer.parseInt(b.substring(0, 4));
        int mb = Integer.parseInt(b.substring(5, 7));
        return (yb - ya) * 12 + (mb - ma);
    }
}
