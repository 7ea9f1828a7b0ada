package org.salestrack.analytics.inventory;

import org.salestrack.model.Money;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import org.salestrack.model.Province;
import org.salestrack.model.Provinces;
import org.salestrack.model.cube.Slice;
import org.salestrack.model.inventory.InventoryParameters;
import org.salestrack.model.inventory.InventoryReport;
import org.salestrack.model.inventory.LocationTerms;
import org.salestrack.model.inventory.LocationType;
import org.salestrack.model.inventory.PolicyBacktest;
import org.salestrack.model.inventory.ProvinceCover;
import org.salestrack.model.inventory.ReplenishmentLine;
import org.salestrack.model.inventory.SlowMover;
import org.salestrack.model.inventory.StockPosition;
import org.salestrack.model.inventory.Transfer;
import org.salestrack.store.Workspace;
import org.salestrack.store.inventory.InventoryFacts;
import org.salestrack.store.inventory.InventoryFacts.Location;
import org.salestrack.store.inventory.InventoryFacts.Snapshot;
import org.salestrack.store.inventory.InventoryFacts.Units;
import org.salestrack.store.inventory.InventorySettings;
import org.salestrack.task.Cancellation;

/**
 * Stock decisions over a workspace as of a day: positions from the latest snapshot of every location
 * (a stock-out is an empty store shelf while another location of the province sold the SKU that week;
 * dealer warehouses run empty at month-end by design, their stores hold the stock),
 * replenishment for every location x SKU that holds stock or sold lately (demand from the forecasting
 * engine), slow movers by SKU x sales region, and transfers between provinces. Runs SQL and fits
 * thousands of series: call it from a background task.
 */
public final class InventoryService {
    /** Weekly demand and cover are read over this many recent weeks. */
    static final int RECENT_WEEKS = 8;
    private static final LocationTerms FALLBACK = new LocationTerms(7, 7, 1, 0);

    private final Workspace workspace;
    private final InventoryFacts facts;
    private final InventorySettings settings;
    private final int threads;

    public InventoryService(Workspace workspace) { this(workspace, Math.max(1, Runtime.getRuntime().availableProcessors())); }

    public InventoryService(Workspace workspace, int threads) {
        this.workspace = workspace;
        this.facts = new InventoryFacts(workspace);
        this.settings = new InventorySettings(workspace);
        this.threads = threads;
    }

    public InventoryParameters parameters() { return settings.parameters(); }

    public void saveParameters(InventoryParameters p) { settings.save(p); }

    /** Replenishment terms by scope ('store', 'dealer', or a location code). */
    public Map<String, LocationTerms> terms() { return settings.terms(); }

    public void saveTerms(String scope, LocationTerms t) { settings.saveTerms(scope, t); }

    /** The last day with a stock snapshot: the default as-of day. */
    public Optional<LocalDate> lastSnapshot() { return facts.lastSnapshot(); }

    /** The last Monday of a full week ending on or before {@code asOf}. */
    static LocalDate lastWeek(LocalDate asOf) { return asOf.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY)).minusDays(6); }

    /**
     * @param filter the workbench's geography and product filters (dates are not used), or null for all
     */
    public InventoryReport report(LocalDate asOf, InventoryParameters params, Slice filter, Cancellation cancel) {
        return plan(asOf, params, filter, false, cancel);
    }

    /**
     * The plan the month's workbook lists (issue 23): replenishment only for the location x SKU with a stock
     * count. One that sold lately but was never counted has no known position, so neither an order nor a
     * stock-out risk can be judged for it: it is counted ({@link InventoryReport#uncounted()}), not forecast.
     * On a workspace without stock records (the 10M-line benchmark: 131,671 store x SKU) this leaves no
     * forecast to fit, where {@link #report} plans each of them from its sales as if its shelf were empty; then only
     * the recent weeks of each location's sales are read, and the slow movers' weeks come from the week rollup
     * (brought up to date first) rather than from every day's rows.
     */
    public InventoryReport counted(LocalDate asOf, InventoryParameters params, Cancellation cancel) {
        return plan(asOf, params, null, true, cancel);
    }

    private InventoryReport plan(LocalDate asOf, InventoryParameters params, Slice filter, boolean countedOnly, Cancellation cancel) {
        int h = params.historyWeeks();
        LocalDate lastMonday = lastWeek(asOf);
        LocalDate firstMonday = lastMonday.minusWeeks(h - 1);
        Map<String, Location> locations = new HashMap<>();
        facts.locations().forEach(l -> locations.put(l.code(), l));
        Map<String, InventoryFacts.Sku> skus = new HashMap<>();
        facts.skus().forEach(s -> skus.put(s.sku(), s));
        Map<String, InventoryFilter.SkuKeys> keys = new HashMap<>();
        skus.values().forEach(s -> keys.put(s.sku(), new InventoryFilter.SkuKeys(String.valueOf(s.id()), s.model(), s.series(), s.category())));
        InventoryFilter keep = filter == null ? InventoryFilter.none() : new InventoryFilter(filter, keys);
        cancel.check();

        Map<Pair, Snapshot> latest = new TreeMap<>();
        for (Snapshot s : facts.snapshots(asOf)) if (s.rank() == 1 && locations.containsKey(s.location())) latest.put(new Pair(s.location(), s.sku()), s);
        cancel.check();
        // without a counted location x SKU there is nothing to forecast: what is left to read of each location's sales
        // (the uncounted, who sold last week, each province's demand) are the recent weeks only (issue 23)
        LocalDate readFrom = countedOnly && latest.isEmpty() ? lastMonday.minusWeeks(Math.min(h, RECENT_WEEKS) - 1) : firstMonday;
        // summed in a hash map, sorted once: a tree map's string comparisons per unit row cost seconds on a 10M-line workspace
        Map<Pair, double[]> summed = new HashMap<>();
        for (Units u : facts.weeklyByLocation(readFrom, lastMonday.plusDays(6))) {
            if (locations.containsKey(u.key())) summed.computeIfAbsent(new Pair(u.key(), u.sku()), k -> new double[h])[index(firstMonday, u.day())] += u.units();
        }
        Map<Pair, double[]> weekly = new TreeMap<>(summed);
        Set<Pair> pairs = new LinkedHashSet<>(latest.keySet());
        int[] uncounted = {0};
        weekly.forEach((p, y) -> {
            if (recentMean(y) > 0 && !latest.containsKey(p) && keep.keepsSku(p.sku()) && keep.keepsProvince(locations.get(p.location()).province())) {
                uncounted[0]++;
            }
            if (!countedOnly && recentMean(y) > 0) pairs.add(p);
        });
        cancel.check();

        Map<Pair, DemandForecast> forecasts = forecast(pairs, p -> DemandForecast.of(weekly.getOrDefault(p, new double[h])), cancel);
        PositionsFrom positions = positions(asOf, locations, latest, weekly, h);
        Map<String, LocationTerms> terms = settings.terms();
        List<ReplenishmentLine> lines = new ArrayList<>();
        for (Pair p : pairs) {
            Location l = locations.get(p.location());
            Snapshot s = latest.get(p);
            long onHand = s == null ? 0 : s.onHand();
            long inTransit = s == null ? 0 : s.inTransit();
            LocationTerms t = terms.getOrDefault(l.code(), terms.getOrDefault(l.type().code(), FALLBACK));
            DemandForecast f = forecasts.get(p);
            ReorderPolicy.Plan plan = ReorderPolicy.plan(f.meanPerDay(), f.sigmaPerDay(), t, params.serviceLevel(), onHand + inTransit);
            lines.add(new ReplenishmentLine(l.code(), l.type(), l.province(), p.sku(), onHand, inTransit, t.leadTimeDays(), plan.demandLt(),
                    plan.safetyStock(), plan.reorderPoint(), plan.orderUpTo(), plan.orderQty(), f.model(), t.packSize(), t.minOrder()));
        }
        cancel.check();

        Map<Pair, double[]> cover = provinceCover(positions.list(), weekly, locations);
        List<Transfer> transfers = transfers(cover, params);
        List<SlowMover> slow = slowMovers(firstMonday, lastMonday, asOf, h, params, skus, cover, countedOnly && !workspace.onServer(), cancel);

        return new InventoryReport(asOf, params,
                positions.list().stream().filter(p -> keep.keepsSku(p.sku()) && keep.keepsProvince(p.province())).toList(),
                cover.entrySet().stream().filter(e -> keep.keepsSku(e.getKey().sku()) && keep.keepsProvince(e.getKey().location()))
                        .map(e -> new ProvinceCover(e.getKey().location(), e.getKey().sku(), Math.round(e.getValue()[0]), e.getValue()[1])).toList(),
                lines.stream().filter(r -> keep.keepsSku(r.sku()) && keep.keepsProvince(r.province())).toList(),
                slow.stream().filter(m -> keep.keepsSku(m.sku()) && keep.keepsRegion(m.region())).toList(),
                transfers.stream().filter(t -> keep.keepsSku(t.sku()) && (keep.keepsProvince(t.from()) || keep.keepsProvince(t.to()))).toList(),
                uncounted[0]);
    }

    /** Holding cost a year as a share of unit cost (capital, space, obsolescence): a common planning figure for electronics. */
    public static final double HOLDING_RATE = 0.25;

    /**
     * Replays the policy over the last {@code weeks} full weeks up to {@code asOf} for every store x SKU the
     * store snapshot of the Sunday before them held, with the policy set from the {@code historyWeeks} before.
     */
    public PolicyBacktest backtest(LocalDate asOf, int weeks, InventoryParameters params, Cancellation cancel) {
        if (weeks < 1) throw new IllegalArgumentException("a backtest needs at least one week: " + weeks);
        int h = params.historyWeeks();
        LocalDate lastMonday = lastWeek(asOf);
        LocalDate first = lastMonday.minusWeeks(weeks - 1);
        LocalDate historyStart = first.minusWeeks(h);
        Map<String, Location> locations = new HashMap<>();
        facts.locations().forEach(l -> locations.put(l.code(), l));
        Map<String, InventoryFacts.Sku> skus = new HashMap<>();
        facts.skus().forEach(s -> skus.put(s.sku(), s));
        Map<Pair, double[]> weekly = new TreeMap<>();
        for (Units u : facts.weeklyByLocation(historyStart, lastMonday.plusDays(6))) {
            Location l = locations.get(u.key());
            if (l != null && l.type() == LocationType.STORE) {
                weekly.computeIfAbsent(new Pair(u.key(), u.sku()), k -> new double[h + weeks])[index(historyStart, u.day())] += u.units();
            }
        }
        LocalDate start = first.minusDays(1);
        Map<Pair, Snapshot> opening = new TreeMap<>();
        Map<Pair, double[]> held = new HashMap<>();
        for (Snapshot s : facts.storeSnapshots(start, lastMonday.plusDays(6))) {
            Pair p = new Pair(s.location(), s.sku());
            if (s.asOf().equals(start)) opening.put(p, s);
            int w = (int) ChronoUnit.WEEKS.between(first, s.asOf().minusDays(6));
            if (!s.asOf().equals(start) && s.asOf().getDayOfWeek() == DayOfWeek.SUNDAY && w >= 0 && w < weeks) {
                held.computeIfAbsent(p, k -> new double[weeks])[w] += s.onHand();
            }
        }
        Map<String, LocationTerms> terms = settings.terms();
        Map<Pair, PolicyReplay.Outcome> outcomes = forecast(opening.keySet(), p -> {
            double[] y = weekly.getOrDefault(p, new double[h + weeks]);
            DemandForecast f = DemandForecast.of(java.util.Arrays.copyOf(y, h));
            LocationTerms t = terms.getOrDefault(p.location(), terms.getOrDefault(LocationType.STORE.code(), FALLBACK));
            Snapshot s = opening.get(p);
            ReorderPolicy.Plan plan = ReorderPolicy.plan(f.meanPerDay(), f.sigmaPerDay(), t, params.serviceLevel(), s.onHand() + s.inTransit());
            return PolicyReplay.replay(java.util.Arrays.copyOfRange(y, h, h + weeks), s.onHand(), s.inTransit(), plan, t);
        }, cancel);
        double demand = 0, sold = 0, policyStock = 0, actualStock = 0, policyCost = 0, actualCost = 0;
        int outWeeks = 0;
        double perUnitWeek = HOLDING_RATE / 52;
        for (Map.Entry<Pair, PolicyReplay.Outcome> e : outcomes.entrySet()) {
            PolicyReplay.Outcome o = e.getValue();
            double[] actual = held.getOrDefault(e.getKey(), new double[weeks]);
            double actualMean = java.util.Arrays.stream(actual).average().orElse(0);
            InventoryFacts.Sku sku = skus.get(e.getKey().sku());
            double unitCost = sku == null ? 0 : Money.yuan(sku.unitCostE4());
            demand += o.demand();
            sold += o.sold();
            outWeeks += o.stockOutWeeks();
            policyStock += o.averageStock();
            actualStock += actualMean;
            policyCost += o.averageStock() * unitCost * perUnitWeek * weeks;
            actualCost += actualMean * unitCost * perUnitWeek * weeks;
        }
        return new PolicyBacktest(first, lastMonday.plusDays(6), weeks, outcomes.size(), demand > 0 ? sold / demand : 1, outWeeks,
                policyStock, actualStock, policyCost, actualCost, HOLDING_RATE);
    }

    /** A location (or province) and a SKU. */
    record Pair(String location, String sku) implements Comparable<Pair> {
        /** Mixed (see InventoryFacts' groups): the 31-polynomial of sequential store codes and SKUs collides often. */
        @Override
        public int hashCode() {
            long h = location.hashCode() * 0x9E3779B97F4A7C15L + sku.hashCode();
            h *= 0xC2B2AE3D27D4EB4FL;
            return (int) (h ^ (h >>> 29));
        }

        @Override
        public int compareTo(Pair o) {
            int c = location.compareTo(o.location);
            return c != 0 ? c : sku.compareTo(o.sku);
        }
    }

    private record PositionsFrom(List<StockPosition> list) {}

    private PositionsFrom positions(LocalDate asOf, Map<String, Location> locations, Map<Pair, Snapshot> latest, Map<Pair, double[]> weekly, int h) {
        LocalDate earliest = latest.values().stream().map(Snapshot::asOf).min(Comparator.naturalOrder()).orElse(asOf);
        Map<Pair, Long> soldSince = new HashMap<>();
        for (Units u : facts.dailyByLocation(earliest, asOf)) {
            Snapshot s = latest.get(new Pair(u.key(), u.sku()));
            if (s != null && u.day().isAfter(s.asOf())) soldSince.merge(new Pair(u.key(), u.sku()), u.units(), Long::sum);
        }
        Map<Pair, Long> received = new HashMap<>();
        for (InventoryFacts.Receipt r : facts.receipts(earliest, asOf)) {
            Snapshot s = latest.get(new Pair(r.dealer(), r.sku()));
            if (s != null && r.day().isAfter(s.asOf())) received.merge(new Pair(r.dealer(), r.sku()), r.units(), Long::sum);
        }
        // who sold each SKU in each province in the last week
        Map<Pair, Set<String>> sellers = new HashMap<>();
        weekly.forEach((p, y) -> {
            if (y[h - 1] > 0) sellers.computeIfAbsent(new Pair(locations.get(p.location()).province(), p.sku()), k -> new java.util.HashSet<>()).add(p.location());
        });
        List<StockPosition> out = new ArrayList<>();
        latest.forEach((p, s) -> {
            Location l = locations.get(p.location());
            double demand = recentMean(weekly.getOrDefault(p, new double[h]));
            double cover = s.onHand() == 0 ? 0 : demand > 0 ? s.onHand() / demand : Double.POSITIVE_INFINITY;
            Set<String> sold = sellers.getOrDefault(new Pair(l.province(), p.sku()), Set.of());
            boolean out0 = l.type() == LocationType.STORE && s.onHand() == 0 && (sold.size() > 1 || (sold.size() == 1 && !sold.contains(l.code())));
            // the recent weeks are the stock-out's own: the whole window's rate says what the shelf would have sold
            double lost = out0 ? mean(weekly.getOrDefault(p, new double[h])) * Math.max(1, ChronoUnit.DAYS.between(s.asOf(), asOf) / 7.0) : 0;
            out.add(new StockPosition(l.code(), l.type(), l.province(), p.sku(), s.asOf(), s.onHand(), s.inTransit(),
                    soldSince.getOrDefault(p, 0L), received.getOrDefault(p, 0L), demand, cover, out0, lost));
        });
        return new PositionsFrom(out);
    }

    /**
     * Stock and weekly demand per province x SKU, as {@link ProvinceCover} counts them: stock from the
     * positions, demand from every location that sold, stocked or not.
     */
    static Map<Pair, double[]> provinceCover(List<StockPosition> positions, Map<Pair, double[]> weekly, Map<String, Location> locations) {
        Map<Pair, double[]> out = new TreeMap<>();
        for (StockPosition p : positions) out.computeIfAbsent(new Pair(p.province(), p.sku()), k -> new double[2])[0] += p.onHand();
        weekly.forEach((p, y) -> {
            Location l = locations.get(p.location());
            double demand = recentMean(y);
            if (demand > 0 && (l.type() == LocationType.DEALER || l.dealer() == null)) {
                out.computeIfAbsent(new Pair(l.province(), p.sku()), k -> new double[2])[1] += demand;
            }
        });
        return out;
    }

    private static List<Transfer> transfers(Map<Pair, double[]> cover, InventoryParameters params) {
        TransferPlanner planner = new TransferPlanner(params);
        Map<String, List<TransferPlanner.Holding>> bySku = new TreeMap<>();
        cover.forEach((p, c) -> Provinces.get().byCode(p.location()).ifPresent(prov -> bySku.computeIfAbsent(p.sku(), k -> new ArrayList<>())
                .add(new TransferPlanner.Holding(prov.code(), prov.lat(), prov.lon(), Math.round(c[0]), c[1]))));
        List<Transfer> out = new ArrayList<>();
        bySku.forEach((sku, holdings) -> out.addAll(planner.plan(sku, holdings)));
        return out;
    }

    private List<SlowMover> slowMovers(LocalDate firstMonday, LocalDate lastMonday, LocalDate asOf, int h, InventoryParameters params,
                                       Map<String, InventoryFacts.Sku> skus, Map<Pair, double[]> cover, boolean fromRollup, Cancellation cancel) {
        Map<Pair, double[]> byRegion = new TreeMap<>();
        LocalDate lastDay = lastMonday.plusDays(6);
        for (Units u : fromRollup ? facts.weeklyByProvinceFromRollup(firstMonday, lastDay, cancel) : facts.weeklyByProvince(firstMonday, lastDay)) {
            String region = Provinces.get().byCode(u.key()).map(Province::salesRegion).orElse(null);
            if (region != null) byRegion.computeIfAbsent(new Pair(region, u.sku()), k -> new double[h])[index(firstMonday, u.day())] += u.units();
        }
        Map<Pair, double[]> regionCover = new HashMap<>();
        cover.forEach((p, c) -> Provinces.get().byCode(p.location()).ifPresent(prov -> {
            double[] rc = regionCover.computeIfAbsent(new Pair(prov.salesRegion(), p.sku()), k -> new double[2]);
            rc[0] += c[0];
            rc[1] += c[1];
        }));
        List<String> weeks = new ArrayList<>();
        for (int i = 0; i < h; i++) weeks.add(firstMonday.plusWeeks(i).toString());
        Map<Pair, double[]> expected = forecast(byRegion.keySet(), p -> DemandForecast.expectedBefore(byRegion.get(p), RECENT_WEEKS), cancel);
        SlowMovers engine = new SlowMovers(params);
        List<SlowMover> out = new ArrayList<>();
        byRegion.forEach((p, y) -> {
            InventoryFacts.Sku sku = skus.get(p.sku());
            long age = sku == null || sku.launch() == null ? -1 : ChronoUnit.WEEKS.between(sku.launch(), lastMonday);
            double[] rc = regionCover.get(p);
            double weeksOfCover = rc == null ? Double.NaN : rc[1] > 0 ? rc[0] / rc[1] : Double.POSITIVE_INFINITY;
            engine.judge(p.sku(), p.location(), weeks, y, expected.get(p), age, weeksOfCover).ifPresent(out::add);
        });
        out.sort(Comparator.comparingDouble(SlowMover::ratio));
        return out;
    }

    /** Runs {@code work} for every pair on the service's threads. */
    private <T> Map<Pair, T> forecast(Set<Pair> pairs, java.util.function.Function<Pair, T> work, Cancellation cancel) {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            List<Pair> list = List.copyOf(pairs);
            List<T> fs = pool.submit(() -> list.parallelStream().map(p -> {
                cancel.check();
                return work.apply(p);
            }).toList()).get();
            Map<Pair, T> out = new HashMap<>();
            for (int i = 0; i < list.size(); i++) out.put(list.get(i), fs.get(i));
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.util.concurrent.CancellationException("interrupted");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    private static int index(LocalDate firstMonday, LocalDate monday) { return (int) ChronoUnit.WEEKS.between(firstMonday, monday); }

    private static double mean(double[] y) {
        double s = 0;
        for (double v : y) s += v;
        return y.length == 0 ? 0 : s / y.length;
    }

    static double recentMean(double[] y) {
        double s = 0;
        int n = Math.min(RECENT_WEEKS, y.length);
        for (int i = y.length - n; i < y.length; i++) s += y[i];
        return n == 0 ? 0 : s / n;
    }
}
