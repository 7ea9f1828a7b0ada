package org.salestrack.analytics.market;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.salestrack.model.Dimension;
import org.salestrack.model.Province;
import org.salestrack.model.Provinces;
import org.salestrack.model.cube.Slice;
import org.salestrack.model.market.BrandShare;
import org.salestrack.model.market.OwnSales;
import org.salestrack.model.market.PanelRow;
import org.salestrack.model.market.ShareRow;
import org.salestrack.model.market.SliceShare;

/**
 * Our sell-out laid on the market panel's grid (province x month x category). A cell the panel has is
 * covered: our share there is our counted units (and value) over the sum of the panel's rows for the cell.
 * Shares of any group add our units and the market's over the group's covered cells only, so a group is never
 * divided by a market that leaves part of it out. Our brand's own panel rows are only used to tell which
 * brand is ours; our figures are always the workspace's counted sales.
 */
public final class ShareCube {
    /** The dimensions a share can be grouped by: the panel's grid and what rolls it up. */
    public static final List<String> DIMENSIONS = List.of("region", "province", "category", "year", "quarter", "month");
    private static final Set<Dimension> FILTERABLE = EnumSet.of(Dimension.REGION, Dimension.PROVINCE, Dimension.CATEGORY);

    /** One cell of the grid. */
    public record Cell(YearMonth month, String province, String category) {}

    private final Map<Cell, long[]> market = new LinkedHashMap<>();
    private final Map<Cell, long[]> own = new LinkedHashMap<>();
    private final Map<Cell, Map<String, Long>> brands = new HashMap<>();
    private final String ownBrand;

    private ShareCube(List<PanelRow> panel, List<OwnSales> sales) {
        for (PanelRow r : panel) {
            Cell c = new Cell(YearMonth.parse(r.period()), r.province(), r.category());
            long[] m = market.computeIfAbsent(c, k -> new long[2]);
            m[0] += r.units();
            m[1] += r.valueE4();
            if (r.brand() != null) brands.computeIfAbsent(c, k -> new HashMap<>()).merge(r.brand(), r.units(), Long::sum);
        }
        for (OwnSales s : sales) {
            long[] o = own.computeIfAbsent(new Cell(YearMonth.parse(s.period()), s.province(), s.category()), k -> new long[2]);
            o[0] += s.units();
            o[1] += s.amountE4();
        }
        this.ownBrand = OwnBrand.identify(brands, own);
    }

    public static ShareCube of(List<PanelRow> panel, List<OwnSales> sales) { return new ShareCube(panel, sales); }

    /**
     * The same grid with {@code leftOut} (our sales the "pure" filter leaves out, on the same grid) taken from both sides of
     * every share: from our sales, and from the market's, which holds them too (never below zero). The panel has no
     * campaign days of its own, so a pure share reads our unpromoted sales against the market less our promoted ones.
     */
    public static ShareCube of(List<PanelRow> panel, List<OwnSales> sales, List<OwnSales> leftOut) {
        ShareCube cube = new ShareCube(panel, sales);
        for (OwnSales s : leftOut) {
            Cell c = new Cell(YearMonth.parse(s.period()), s.province(), s.category());
            long[] o = cube.own.get(c);
            if (o != null) {
                o[0] -= s.units();
                o[1] -= s.amountE4();
            }
            long[] m = cube.market.get(c);
            if (m != null) {
                m[0] = Math.max(0, m[0] - s.units());
                m[1] = Math.max(0, m[1] - s.amountE4());
            }
        }
        return cube;
    }

    public boolean empty() { return market.isEmpty(); }

    /** Our brand's name in the panel (the brand whose rows match our sell-out best), or null when none is named. */
    public String ownBrand() { return ownBrand; }

    public Set<Cell> cells() { return market.keySet(); }

    public Optional<YearMonth> firstMonth() { return market.keySet().stream().map(Cell::month).min(Comparator.naturalOrder()); }

    public Optional<YearMonth> lastMonth() { return market.keySet().stream().map(Cell::month).max(Comparator.naturalOrder()); }

    /** The provinces the panel covers, by code. */
    public Set<String> provinces() {
        Set<String> out = new TreeSet<>();
        market.keySet().forEach(c -> out.add(c.province()));
        return out;
    }

    /** Our units, the market's units, our value and the market's value over the covered cells that pass. */
    public ShareRow sum(List<String> keys, Predicate<Cell> keep) {
        long[] t = new long[4];
        market.forEach((c, m) -> {
            if (!keep.test(c)) return;
            long[] o = own.getOrDefault(c, new long[2]);
            t[0] += o[0];
            t[1] += m[0];
            t[2] += o[1];
            t[3] += m[1];
        });
        return new ShareRow(keys, t[0], t[1], t[2], t[3]);
    }

    /** Shares by the given {@link #DIMENSIONS} over the months from..to (either null: open), groups in key order. */
    public List<ShareRow> by(List<String> dims, YearMonth from, YearMonth to) {
        for (String d : dims) {
            if (!DIMENSIONS.contains(d)) throw new IllegalArgumentException("the market panel has no '" + d + "': group by " + DIMENSIONS);
        }
        Map<List<String>, long[]> groups = new java.util.TreeMap<>(ShareCube::compareKeys);
        market.forEach((c, m) -> {
            if (from != null && c.month().isBefore(from) || to != null && c.month().isAfter(to)) return;
            List<String> key = new ArrayList<>();
            for (String d : dims) key.add(key(d, c));
            long[] t = groups.computeIfAbsent(key, k -> new long[4]);
            long[] o = own.getOrDefault(c, new long[2]);
            t[0] += o[0];
            t[1] += m[0];
            t[2] += o[1];
            t[3] += m[1];
        });
        List<ShareRow> out = new ArrayList<>();
        groups.forEach((k, t) -> out.add(new ShareRow(k, t[0], t[1], t[2], t[3])));
        return out;
    }

    private static int compareKeys(List<String> a, List<String> b) {
        for (int i = 0; i < a.size(); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) return c;
        }
        return 0;
    }

    /** A cell's value of a dimension: province names, sales regions, YYYY, YYYY-Qn, YYYY-MM. */
    static String key(String dim, Cell c) {
        return switch (dim) {
            case "province" -> Provinces.get().byCode(c.province()).map(Province::nameZh).orElse(c.province());
            case "region" -> Provinces.get().byCode(c.province()).map(Province::salesRegion).orElse("");
            case "category" -> c.category();
            case "year" -> String.valueOf(c.month().getYear());
            case "quarter" -> c.month().getYear() + "-Q" + ((c.month().getMonthValue() - 1) / 3 + 1);
            case "month" -> c.month().toString();
            default -> throw new IllegalArgumentException(dim);
        };
    }

    /**
     * Our share over a slice of the workbench's filters: the whole months inside its dates, its provinces,
     * regions and categories. A slice that filters anything else, or that no covered cell falls in, has none.
     */
    public SliceShare share(Slice slice) {
        if (market.isEmpty()) return SliceShare.uncovered(SliceShare.Uncovered.NO_PANEL);
        for (Dimension d : slice.filtered()) {
            if (!FILTERABLE.contains(d)) return SliceShare.uncovered(SliceShare.Uncovered.DIMENSION);
        }
        YearMonth[] whole = wholeMonths(slice.from(), slice.to());
        YearMonth from = whole[0];
        YearMonth to = whole[1];
        if (to.isBefore(from)) return SliceShare.uncovered(SliceShare.Uncovered.NO_WHOLE_MONTH);
        Predicate<Cell> members = members(slice);
        YearMonth f = from;
        YearMonth t = to;
        Predicate<Cell> now = c -> members.test(c) && !c.month().isBefore(f) && !c.month().isAfter(t);
        ShareRow share = sum(List.of(), now);
        if (share.marketUnits() == 0) return SliceShare.uncovered(SliceShare.Uncovered.NOT_IN_PANEL);
        long ownAll = 0;
        for (Map.Entry<Cell, long[]> e : own.entrySet()) if (now.test(e.getKey())) ownAll += e.getValue()[0];
        double coverage = ownAll == 0 ? 1.0 : (double) share.units() / ownAll;
        long months = to.getYear() * 12L + to.getMonthValue() - (from.getYear() * 12L + from.getMonthValue()) + 1;
        YearMonth pf = from.minusMonths(months);
        YearMonth pt = from.minusMonths(1);
        ShareRow prev = sum(List.of(), c -> members.test(c) && !c.month().isBefore(pf) && !c.month().isAfter(pt));
        return new SliceShare(Optional.of(share), prev.marketUnits() == 0 ? Optional.empty() : Optional.of(prev), from, to,
                coverage, null);
    }

    /**
     * Our share in each province the slice keeps and the panel covers, keyed by province code, for the tile map;
     * a province the slice or the panel leaves out has no entry.
     */
    public Map<String, SliceShare> byProvince(Slice slice) {
        Predicate<Cell> members = members(slice);
        Set<String> kept = new TreeSet<>();
        market.keySet().forEach(c -> {
            if (members.test(c)) kept.add(c.province());
        });
        Map<String, SliceShare> out = new LinkedHashMap<>();
        for (String p : kept) {
            SliceShare s = share(slice.with(Dimension.PROVINCE, p));
            if (s.covered()) out.put(p, s);
        }
        return out;
    }

    /** Which cells a slice's province, region and category members keep (its dates aside). */
    public static Predicate<Cell> members(Slice slice) {
        Set<String> provinces = slice.keys(Dimension.PROVINCE);
        Set<String> notProvinces = slice.excludedKeys(Dimension.PROVINCE);
        Set<String> regions = slice.keys(Dimension.REGION);
        Set<String> notRegions = slice.excludedKeys(Dimension.REGION);
        Set<String> categories = slice.keys(Dimension.CATEGORY);
        Set<String> notCategories = slice.excludedKeys(Dimension.CATEGORY);
        return c -> {
            String region = Provinces.get().byCode(c.province()).map(Province::salesRegion).orElse("");
            return (provinces.isEmpty() || provinces.contains(c.province())) && !notProvinces.contains(c.province())
                    && (regions.isEmpty() || regions.contains(region)) && !notRegions.contains(region)
                    && (categories.isEmpty() || categories.contains(c.category())) && !notCategories.contains(c.category());
        };
    }

    /**
     * Each brand's units and unit share by month or province ({@code dim}) over the covered cells that pass:
     * our brand from our counted units, the others from the panel. Within a group, largest first.
     */
    public List<BrandShare> brands(String dim, Predicate<Cell> keep) {
        Map<String, Map<String, Long>> units = new java.util.TreeMap<>();
        Map<String, Long> totals = new HashMap<>();
        market.forEach((c, m) -> {
            if (!keep.test(c)) return;
            String k = key(dim, c);
            Map<String, Long> g = units.computeIfAbsent(k, x -> new HashMap<>());
            long ours = own.getOrDefault(c, new long[2])[0];
            g.merge(ownLabel(), ours, Long::sum);
            long named = ours;
            for (Map.Entry<String, Long> b : brands.getOrDefault(c, Map.of()).entrySet()) {
                if (b.getKey().equals(ownBrand)) continue;
                g.merge(b.getKey(), b.getValue(), Long::sum);
                named += b.getValue();
            }
            totals.merge(k, Math.max(m[0], named), Long::sum);
        });
        List<BrandShare> out = new ArrayList<>();
        units.forEach((k, g) -> g.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                .forEach(e -> out.add(new BrandShare(k, e.getKey(), e.getKey().equals(ownLabel()), e.getValue(),
                        totals.get(k) == 0 ? 0 : (double) e.getValue() / totals.get(k)))));
        return out;
    }

    private String ownLabel() { return ownBrand == null ? "" : ownBrand; }

    /** The months from..to as a predicate on cells. */
    public static Predicate<Cell> months(YearMonth from, YearMonth to) {
        return c -> (from == null || !c.month().isBefore(from)) && (to == null || !c.month().isAfter(to));
    }

    /** Whole months of a date range: the first whole month and the last. */
    public static YearMonth[] wholeMonths(LocalDate from, LocalDate to) {
        YearMonth f = from == null ? null : YearMonth.from(from.minusDays(1)).plusMonths(1);
        YearMonth t = to == null ? null : YearMonth.from(to.plusDays(1)).minusMonths(1);
        return new YearMonth[] {f, t};
    }
}
