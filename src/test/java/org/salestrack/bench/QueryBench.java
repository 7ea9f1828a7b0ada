package org.salestrack.bench;

import org.salestrack.ui.RequestScheduler;
import org.salestrack.analytics.explore.DashboardData;
import org.salestrack.analytics.explore.ExplorerRows;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import org.salestrack.analytics.explore.DatePreset;
import org.salestrack.analytics.explore.ExploreService;
import org.salestrack.model.Dimension;
import org.salestrack.model.cube.Grain;
import org.salestrack.model.cube.Measure;
import org.salestrack.model.cube.Member;
import org.salestrack.model.cube.Slice;
import org.salestrack.store.Batches;
import org.salestrack.store.Workspace;

/**
 * bench/query: builds (once) a 10,000,000-line workspace and times every filter, drill and
 * re-aggregate step through the same calls the dashboard and explorer view models make.
 * Usage: QueryBench WORKSPACE [LINES] [SAMPLES]
 */
public final class QueryBench {
    private static final RequestScheduler REQUESTS = new RequestScheduler();
    private static final PrintStream OUT = System.out;
    private final ExploreService explore;
    private final org.salestrack.analytics.dealer.DealerService dealers;
    private final org.salestrack.analytics.channel.ChannelService channels;
    private final Map<Dimension, List<Member>> members = new LinkedHashMap<>();
    private final Map<String, List<Double>> timings = new LinkedHashMap<>();
    /** the slowest recorded sample of each query and what it asked: where a p95 comes from */
    private final Map<String, String> slowest = new LinkedHashMap<>();
    private String sample = "";
    private final Random rnd = new Random(11);
    private final Slice span;
    private final Workspace ws;

    private QueryBench(ExploreService explore, Workspace ws) {
        this.explore = explore;
        this.ws = ws;
        this.dealers = new org.salestrack.analytics.dealer.DealerService(ws);
        this.channels = new org.salestrack.analytics.channel.ChannelService(ws);
        this.span = explore.span().orElseThrow();
        for (Dimension d : explore.dimensions()) members.put(d, explore.members(d));
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "target/bench-query/workspace.db");
        long lines = args.length > 1 ? Long.parseLong(args[1]) : 10_000_000L;
        int samples = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        boolean exists = Files.exists(file);
        Workspace ws = BenchSupport.open(file);
        OUT.println(ws.encrypted() ? "workspace encrypted (sqlcipher, AES-256)" : "workspace plain");
        if (!exists || new Batches(ws).list().stream().noneMatch(b -> b.sha256().equals("bench-" + lines))) {
            if (exists) throw new IllegalStateException(file + " exists but was not built for " + lines + " lines; remove it first");
            OUT.printf(Locale.ROOT, "building %s with %,d lines%n", file, lines);
            long t0 = System.nanoTime();
            QueryBenchData.build(ws, lines, 42, OUT);
            OUT.printf(Locale.ROOT, "built in %.0f s, %,d MB%n", (System.nanoTime() - t0) / 1e9, Files.size(file) >> 20);
        }
        ExploreService explore = new ExploreService(ws);
        long r0 = System.nanoTime();
        if (explore.refresh(org.salestrack.task.Cancellation.none())) {
            OUT.printf(Locale.ROOT, "cube rollups brought up to date in %.1f s%n", (System.nanoTime() - r0) / 1e9);
        }
        QueryBench b = new QueryBench(explore, ws);
        OUT.printf(Locale.ROOT, "workspace %s: %,d counted lines, %s .. %s, %d cores%n", file, explore.totals(b.span).rows(), b.span.from(), b.span.to(),
                Runtime.getRuntime().availableProcessors());
        b.run(3, false);
        b.run(samples, true);
        b.report();
    }

    private void run(int samples, boolean record) throws Exception {
        DatePreset[] presets = {DatePreset.LAST_4_WEEKS, DatePreset.THIS_MONTH, DatePreset.THIS_QUARTER, DatePreset.YEAR_TO_DATE,
                DatePreset.LAST_12_MONTHS};
        for (int i = 0; i < samples; i++) {
            DatePreset p = presets[i % presets.length];
            var r = p.range(span.to(), span.from());
            Slice base = Slice.of(r[0], r[1]);
            Slice filtered = randomFilter(base, i);
            Grain g = DatePreset.grainFor(filtered.days());
            sample = p + " " + filtered.members().keySet() + " grain " + g;
            String preset = p.toString();
            time(record, "dashboard: KPI tiles (now, previous, last year, online, cover)", () -> explore.kpis(filtered));
            time(record, "dashboard: trend with last year", () -> explore.trend(filtered, g));
            time(record, "dashboard: channel mix", () -> explore.breakdown(filtered, Dimension.CHANNEL, Measure.REVENUE));
            time(record, "dashboard: SKU ranking", () -> explore.breakdown(filtered, Dimension.SKU, Measure.REVENUE));
            time(record, "dashboard: store ranking", () -> explore.breakdown(filtered, Dimension.STORE, Measure.REVENUE));
            time(record, "dashboard: province map with growth", () -> explore.withPrevious(filtered, Dimension.PROVINCE));
            time(record, "STEP dashboard: whole recompute after a filter change", () -> DashboardData.load(explore, filtered, g, base.from(), REQUESTS.queries()));
            // the Dealers screen (issue 14 #6): what DealersViewModel.reload runs on opening and on every filter change
            time(record, "STEP dealers: open / recompute after a filter change", () ->
                    org.salestrack.ui.dealer.DealersViewModel.board(dealers, dealers.rules(), Grain.QUARTER, filtered.to()));
            // the screen's first open in a session: a new service reads the facts from the store and ranks every quarter
            time(record, "STEP dealers: first open (facts read, every quarter ranked)", () -> {
                var fresh = new org.salestrack.analytics.dealer.DealerService(ws);
                return org.salestrack.ui.dealer.DealersViewModel.board(fresh, fresh.rules(), Grain.QUARTER, filtered.to());
            });
            // the Channels screen (issue 14 #5): its two loads, the cube's comparison and the customers' lines
            time(record, "STEP channels: comparison (cube: slice, previous period, a year before)", () -> channels.board(filtered));
            time(record, "STEP channels: customers, O2O, age bands (lines)", () ->
                    channels.customers(filtered, org.salestrack.task.Cancellation.none()));
            Slice region = base.with(Dimension.REGION, any(Dimension.REGION).key());
            Member prov = any(Dimension.PROVINCE);
            Slice province = base.with(Dimension.PROVINCE, prov.key());
            Member city = members.get(Dimension.CITY).stream().filter(m -> m.parentKey().equals(prov.key())).findFirst().orElse(any(Dimension.CITY));
            Member model = any(Dimension.MODEL);
            sample = preset + " []";
            time(record, "STEP explorer: regions x months (re-aggregate)", () -> ExplorerRows.load(explore, base, Dimension.REGION, Grain.MONTH, REQUESTS.queries()));
            sample = preset + " " + region.members().keySet();
            time(record, "STEP explorer: drill region -> provinces", () -> ExplorerRows.load(explore, region, Dimension.PROVINCE, Grain.MONTH, REQUESTS.queries()));
            sample = preset + " " + province.members().keySet();
            time(record, "STEP explorer: drill province -> cities", () -> ExplorerRows.load(explore, province, Dimension.CITY, Grain.MONTH, REQUESTS.queries()));
            sample = preset + " [PROVINCE, CITY]";
            time(record, "STEP explorer: drill city -> stores", () -> ExplorerRows.load(explore, province.with(Dimension.CITY, city.key()), Dimension.STORE, Grain.MONTH, REQUESTS.queries()));
            sample = preset + " []";
            time(record, "STEP explorer: categories x weeks", () -> ExplorerRows.load(explore, base, Dimension.CATEGORY, Grain.WEEK, REQUESTS.queries()));
            sample = preset + " [PROVINCE, MODEL]";
            time(record, "STEP explorer: drill model -> SKUs, filtered to a province", () ->
                    ExplorerRows.load(explore, province.with(Dimension.MODEL, model.key()), Dimension.SKU, Grain.MONTH, REQUESTS.queries()));
            sample = preset + " " + filtered.members().keySet();
            time(record, "STEP explorer: dealers x months", () -> ExplorerRows.load(explore, filtered, Dimension.DEALER, Grain.MONTH, REQUESTS.queries()));
            sample = preset + " [PROVINCE, SKU]";
            time(record, "STEP explorer: stores selling one SKU", () ->
                    ExplorerRows.load(explore, base.with(Dimension.SKU, any(Dimension.SKU).key()).with(Dimension.PROVINCE, prov.key()), Dimension.STORE, Grain.MONTH, REQUESTS.queries()));
        }
    }

    private Slice randomFilter(Slice base, int i) {
        return switch (i % 8) {
            case 0 -> base;
            case 1 -> base.with(Dimension.REGION, any(Dimension.REGION).key());
            case 2 -> base.with(Dimension.PROVINCE, any(Dimension.PROVINCE).key());
            case 3 -> base.with(Dimension.CHANNEL, any(Dimension.CHANNEL).key());
            case 4 -> base.with(Dimension.CATEGORY, any(Dimension.CATEGORY).key());
            case 5 -> base.with(Dimension.MODEL, any(Dimension.MODEL).key());
            case 6 -> base.with(Dimension.SKU, any(Dimension.SKU).key());
            default -> base.with(Dimension.PROVINCE, any(Dimension.PROVINCE).key()).with(Dimension.CATEGORY, any(Dimension.CATEGORY).key());
        };
    }

    private Member any(Dimension d) {
        List<Member> m = members.get(d);
        return m.get(rnd.nextInt(m.size()));
    }

    /** -Dbench.only=dealers,channels times only the queries whose names contain one of the words (the rest is skipped) */
    private static final String[] ONLY = System.getProperty("bench.only", "").isBlank() ? null : System.getProperty("bench.only").split(",");

    private void time(boolean record, String name, Callable<?> work) throws Exception {
        if (ONLY != null && java.util.Arrays.stream(ONLY).noneMatch(name::contains)) return;
        long t0 = System.nanoTime();
        work.call();
        double ms = (System.nanoTime() - t0) / 1e6;
        if (!record) return;
        List<Double> seen = timings.computeIfAbsent(name, k -> new ArrayList<>());
        if (seen.stream().allMatch(v -> v < ms)) slowest.put(name, String.format(Locale.ROOT, "%.0f ms: %s", ms, sample));
        seen.add(ms);
    }

    private void report() {
        OUT.println();
        OUT.println("| query | n | p50 ms | p95 ms | max ms |");
        OUT.println("| --- | ---: | ---: | ---: | ---: |");
        for (Map.Entry<String, List<Double>> e : timings.entrySet()) {
            double[] v = e.getValue().stream().mapToDouble(Double::doubleValue).toArray();
            OUT.printf(Locale.ROOT, "| %s | %d | %.0f | %.0f | %.0f |%n", e.getKey(), v.length, BenchSupport.median(v),
                    BenchSupport.percentile(v, 0.95), java.util.Arrays.stream(v).max().orElse(0));
        }
        OUT.println();
        OUT.println("slowest sample of each query:");
        slowest.forEach((k, v) -> OUT.println("  " + k + " -- " + v));
    }
}
