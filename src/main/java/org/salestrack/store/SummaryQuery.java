package org.salestrack.store;

import org.salestrack.model.cube.PureSales;
import org.salestrack.store.marketing.CampaignCover;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.salestrack.model.Dimension;
import org.salestrack.model.Money;
import org.salestrack.model.SummaryRow;
import org.salestrack.model.cube.Grain;

/**
 * Totals of counted sale lines grouped by any of DESIGN.md's summary dimensions, straight from the fact
 * table so that distinct orders are exact. Held lines (duplicates, quarantined, rejected) and refunded or
 * cancelled lines are not counted.
 */
public final class SummaryQuery {
    private final Workspace workspace;

    public SummaryQuery(Workspace workspace) { this.workspace = workspace; }

    /** The names {@code by} takes: the summary's dimensions, then the periods (year quarter month week day). */
    public List<String> names() {
        List<String> out = new ArrayList<>();
        for (Dimension d : workspace.sql().summaryDimensions()) out.add(d.id());
        for (int i = Grain.values().length - 1; i >= 0; i--) out.add(Grain.values()[i].id());
        return out;
    }

    /**
     * @param by dimension and period names ({@link #names()}), in the order of the result's keys
     * @param from first day included (YYYY-MM-DD) or null
     * @param to last day included or null
     */
    public List<SummaryRow> run(List<String> by, String from, String to) { return run(by, from, to, PureSales.OFF); }

    /** The same leaving out the sales of the campaigns {@code pure} names ("pure" sales). */
    public List<SummaryRow> run(List<String> by, String from, String to, PureSales pure) {
        List<Enum<?>> groups = new ArrayList<>();
        for (String name : by) groups.add(group(name));
        if (pure.on()) new CampaignCover(workspace).refresh();
        List<Object> pureArgs = new ArrayList<>();
        String sql = workspace.sql().summary(groups, from != null, to != null, pure, pureArgs);
        List<Object> args = new ArrayList<>();
        if (from != null) args.add(from);
        if (to != null) args.add(to);
        args.addAll(pureArgs);
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) ps.setObject(i + 1, args.get(i));
            List<SummaryRow> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                int n = groups.size();
                while (rs.next()) {
                    if (rs.getLong(n + 1) == 0) continue;
                    List<String> keys = new ArrayList<>(n);
                    for (int i = 1; i <= n; i++) keys.add(rs.getString(i));
                    out.add(new SummaryRow(keys, rs.getLong(n + 1), rs.getLong(n + 2), rs.getLong(n + 3),
                            Money.ofE4(rs.getLong(n + 4)), Money.ofE4(rs.getLong(n + 5))));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot summarise the workspace", e);
        }
    }

    private Enum<?> group(String name) {
        for (Grain g : Grain.values()) if (g.id().equals(name)) return g;
        return Dimension.byId(name).filter(workspace.sql().summaryDimensions()::contains).orElseThrow(() ->
                new IllegalArgumentException("unknown dimension '" + name + "'; use one of " + String.join(" ", names())));
    }
}
