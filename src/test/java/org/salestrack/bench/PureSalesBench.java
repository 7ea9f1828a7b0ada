package org.salestrack.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.salestrack.analytics.explore.ExploreService;
import org.salestrack.model.Dimension;
import org.salestrack.model.cube.Grain;
import org.salestrack.model.cube.Measure;
import org.salestrack.model.cube.PureSales;
import org.salestrack.model.cube.Slice;
import org.salestrack.store.SeriesQuery;
import org.salestrack.store.Workspace;
import org.salestrack.store.marketing.CampaignCover;

/**
 * "Pure" sales on a large workspace (issue 16 #5): each workbench query with every campaign left out against the
 * same query counting everything, p50/p95 over N samples; then the monthly series and the summary over the lines,
 * and a whole rebuild of the campaign cover. Usage: PureSalesBench WORKSPACE [SAMPLES]; the workspace needs a
 * campaign calendar (bench/marketing/pure.sh imports the sample one into a copy).
 */
public final class PureSalesBench {
    private static final PrintStream OUT = System.out;

    public static void main(String[] args) throws Exception {
        Workspace ws = BenchSupport.open(Path.of(args[0]));
        int samples = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        ExploreService explore = new ExploreService(ws);
        LocalDate last = explore.span().orElseThrow().to();
        Slice year = Slice.of(last.minusYears(1).plusDays(1), last);
        Slice quarter = Slice.of(last.minusMonths(3).plusDays(1), last);
        Slice all = Slice.of(explore.span().orElseThrow().from(), last);
        Map<String, Supplier<Object>> queries = new LinkedHashMap<>();
        for (PureSales p : List.of(PureSales.OFF, PureSales.ALL, PureSales.tags(Set.of("双11")))) {
            String tag = p.on() ? (p.allCampaigns() ? " [pure]" : " [no 双11]") : "";
            queries.put("totals, 12 months" + tag, () -> explore.totals(year.withPure(p)));
            queries.put("trend by month, all dates" + tag, () -> explore.trend(all.withPure(p), Grain.MONTH));
            queries.put("trend by week, 12 months" + tag, () -> explore.trend(year.withPure(p), Grain.WEEK));
            queries.put("provinces, 12 months" + tag, () -> explore.breakdown(year.withPure(p), Dimension.PROVINCE, Measure.UNITS));
            queries.put("categories, 12 months" + tag, () -> explore.breakdown(year.withPure(p), Dimension.CATEGORY, Measure.UNITS));
            queries.put("stores, offline, 3 months" + tag, () -> explore.breakdown(quarter.withPure(p).with(Dimension.CHANNEL_TYPE, "offline"),
                    Dimension.STORE, Measure.UNITS));
        }
        OUT.println("| query | n | p50 ms | p95 ms | max ms |");
        OUT.println("| --- | --- | --- | --- | --- |");
        for (var q : queries.entrySet()) {
            q.getValue().get(); // warm
            double[] ms = new double[samples];
            for (int i = 0; i < samples; i++) {
                long t0 = System.nanoTime();
                q.getValue().get();
                ms[i] = (System.nanoTime() - t0) / 1e6;
            }
            OUT.printf("| %s | %d | %.1f | %.1f | %.1f |%n", q.getKey(), samples, BenchSupport.percentile(ms, 0.5),
                    BenchSupport.percentile(ms, 0.95), java.util.Arrays.stream(ms).max().orElse(0));
        }
        once("monthly series, total, all months", () -> new SeriesQuery(ws).monthly(List.of(), null, null, PureSales.OFF));
        once("monthly series, total, all months [pure]", () -> new SeriesQuery(ws).monthly(List.of(), null, null, PureSales.ALL));
        once("monthly series by province x channel [pure]", () -> new SeriesQuery(ws).monthly(List.of("province", "channel"), null, null, PureSales.ALL));
        once("summary --by month (lines)", () -> explore.summary(List.of("month"), null, null, PureSales.OFF));
        once("summary --by month --pure (lines)", () -> explore.summary(List.of("month"), null, null, PureSales.ALL));
        try (Connection c = ws.connect(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM campaign_cover_state");
        }
        once("campaign cover rebuilt whole", () -> new CampaignCover(ws).refresh());
        once("campaign cover checked, current", () -> new CampaignCover(ws).refresh());
        try (Connection c = ws.connect(); Statement s = c.createStatement(); var rs = s.executeQuery("SELECT COUNT(*) FROM campaign_cover")) {
            rs.next();
            OUT.println("campaign_cover rows: " + rs.getLong(1));
        }
    }

    private static void once(String what, Supplier<Object> q) {
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime();
            q.get();
            ms.add((System.nanoTime() - t0) / 1e6);
        }
        OUT.printf("%s: %s ms (3 runs)%n", what, ms.stream().map(v -> String.format("%.0f", v)).toList());
    }
}
