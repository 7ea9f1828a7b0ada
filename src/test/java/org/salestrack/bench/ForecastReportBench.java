package org.salestrack.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.salestrack.analytics.explore.ExploreService;
import org.salestrack.forecast.service.ForecastDesk;
import org.salestrack.analytics.workbook.SalesWorkbookBuilder;
import org.salestrack.report.SalesWorkbookWriter;
import org.salestrack.model.cube.Slice;
import org.salestrack.model.report.ReportRequest;
import org.salestrack.model.report.ReportSection;
import org.salestrack.store.Workspace;
import org.salestrack.task.Cancellation;
import org.salestrack.task.TaskExecutor;
import org.salestrack.ui.StateManager;
import org.salestrack.ui.forecast.ForecastViewModel;

/**
 * bench/screens (forecast and reports): on a large workspace, times what the Forecast and Reports screens
 * do, through their own view model and services: the forecast screen opening (the level's series read,
 * then the five models fitted on the first series) and each level change; then the month's workbook with
 * every section, whether its progress ever goes back, and how long a Cancel takes to stop it at several
 * moments of the build. Usage: ForecastReportBench WORKSPACE [FORECAST_SAMPLES] [WORKBOOKS] [OUT_DIR] [LEVELS]
 * (LEVELS: how many of the level changes to step through, all by default; fewer keeps a run of slow code short).
 */
public final class ForecastReportBench {
    private static final PrintStream OUT = System.out;
    /** the levels a user steps through: (geography, product, by channel) */
    private static final String[][] LEVELS = {{"province", "series", ""}, {"region", "series", ""}, {"province", "sku", ""},
        {"", "category", ""}, {"region", "model", ""}, {"province", "series", "channel"}, {"", "", ""}};

    private static final java.util.Set<ReportSection> SECTIONS = java.util.EnumSet.allOf(ReportSection.class);

    private ForecastReportBench() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int samples = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int workbooks = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        Path outDir = Path.of(args.length > 3 ? args[3] : "target/bench-screens");
        int levels = args.length > 4 ? Integer.parseInt(args[4]) : LEVELS.length;
        Files.createDirectories(outDir);
        long o0 = System.nanoTime();
        Workspace ws = Workspace.open(file);
        // a copy of a workspace made before V211 migrates on this open: the orders rollup is filled from the lines once
        OUT.printf(Locale.ROOT, "workspace opened (with any pending migration) in %.1f s%n", (System.nanoTime() - o0) / 1e9);
        ExploreService explore = new ExploreService(ws);
        long r0 = System.nanoTime();
        boolean rebuilt = explore.refresh(Cancellation.none());
        Slice span = explore.span().orElseThrow();
        OUT.printf(Locale.ROOT, "workspace %s: %,d counted lines, %s .. %s; rollups %s in %.1f s; %d cores%n", file, explore.totals(span).rows(),
                span.from(), span.to(), rebuilt ? "brought up to date" : "current", (System.nanoTime() - r0) / 1e9,
                Runtime.getRuntime().availableProcessors());
        forecastScreen(ws, explore, span, samples, levels);
        // every section, with and without the detail lines (issue 23: the detail is the one part left reading lines; the
        // Reports screen leaves it unticked above 100,000 lines). The inventory sheets plan counted stock only: on this
        // workspace, without stock records, they list nothing and count the 131,671 uncounted store x SKU.
        java.util.Set<ReportSection> noDetail = java.util.EnumSet.copyOf(SECTIONS);
        noDetail.remove(ReportSection.DETAIL);
        for (int i = 0; i < workbooks; i++) {
            workbook(ws, outDir.resolve("bench-" + i + ".xlsx"), SECTIONS, "all sections");
            workbook(ws, outDir.resolve("bench-nodetail-" + i + ".xlsx"), noDetail, "all sections but the detail (the screen's default here)");
        }
        cancels(ws, outDir.resolve("bench-cancel.xlsx"));
    }

    /** The view model as the screen builds it, on a same-thread executor so each call returns when its work is done. */
    private static void forecastScreen(Workspace ws, ExploreService explore, Slice span, int samples, int levels) {
        ForecastDesk desk = new ForecastDesk(ws);
        List<Double> open = new ArrayList<>();
        List<Double> read = new ArrayList<>();
        List<Double> change = new ArrayList<>();
        for (int i = 0; i < samples; i++) {
            StateManager state = new StateManager(span.from(), span.to());
            long t0 = System.nanoTime();
            ForecastViewModel vm = new ForecastViewModel(desk, state, explore::members, org.salestrack.ui.TestRequests.SHARED, TaskExecutor.SAME_THREAD, TaskExecutor.SAME_THREAD, 0);
            vm.reload();
            double ms = (System.nanoTime() - t0) / 1e6;
            if (vm.series().isEmpty() || vm.runs().isEmpty()) throw new IllegalStateException("the screen showed no forecast: " + vm.messageProperty().get());
            open.add(ms);
            OUT.printf(Locale.ROOT, "  open #%d: %,.0f ms (%d series of province x series, %s first)%n", i + 1, ms, vm.series().size(),
                    vm.selectedProperty().get().id());
            for (String[] level : java.util.Arrays.copyOf(LEVELS, Math.min(levels, LEVELS.length))) {
                long t1 = System.nanoTime();
                desk.series(levelOf(level), null, YearMonth.from(span.to()).toString());
                read.add((System.nanoTime() - t1) / 1e6);
                // one pick at a time, as a user changes one box at a time: each pick reloads the series and fits
                double c = 0;
                if (!level[0].equals(vm.geographyProperty().get())) c += timed(change, () -> vm.geographyProperty().set(level[0]));
                if (!level[1].equals(vm.productProperty().get())) c += timed(change, () -> vm.productProperty().set(level[1]));
                if (level[2].isEmpty() == vm.byChannelProperty().get()) c += timed(change, () -> vm.byChannelProperty().set(!level[2].isEmpty()));
                if (vm.series().isEmpty()) throw new IllegalStateException("no series at " + vm.level());
                if (i == 0) OUT.printf(Locale.ROOT, "  level %-32s %,7.0f ms, %,5d series%n", String.join(" x ", vm.level()), c, vm.series().size());
            }
            vm.close();
        }
        OUT.printf(Locale.ROOT, "forecast screen open (series + 5 models fitted): median %,.0f ms, p95 %,.0f ms (%d samples)%n",
                median(open), p95(open), open.size());
        OUT.printf(Locale.ROOT, "forecast level change (as the screen: series, models): median %,.0f ms, p95 %,.0f ms (%d samples)%n",
                median(change), p95(change), change.size());
        OUT.printf(Locale.ROOT, "forecast series read alone (ForecastDesk.series): median %,.0f ms, p95 %,.0f ms (%d samples)%n",
                median(read), p95(read), read.size());
    }

    private static double timed(List<Double> into, Runnable r) {
        long t = System.nanoTime();
        r.run();
        double ms = (System.nanoTime() - t) / 1e6;
        into.add(ms);
        return ms;
    }

    private static List<String> levelOf(String[] l) {
        List<String> out = new ArrayList<>();
        for (String s : l) if (!s.isEmpty()) out.add(s);
        return out;
    }

    private static void workbook(Workspace ws, Path out, java.util.Set<ReportSection> sections, String what) throws Exception {
        List<long[]> marks = new ArrayList<>();
        List<String> stages = new ArrayList<>();
        AtomicLong last = new AtomicLong(-1);
        AtomicLong backwards = new AtomicLong();
        HeapWatch heap = HeapWatch.start();
        long t0 = System.nanoTime();
        var data = new SalesWorkbookBuilder(ws, "bench", SalesWorkbookWriter::writeWorkbook).build(new ReportRequest(null, sections), Locale.SIMPLIFIED_CHINESE, out,
                (done, total, message) -> {
                    long at = (System.nanoTime() - t0) / 1_000_000;
                    if (done < last.get()) backwards.incrementAndGet();
                    last.set(done);
                    String stage = message.replaceAll("[0-9,]+", "#");
                    if (stages.isEmpty() || !stages.get(stages.size() - 1).equals(stage)) {
                        stages.add(stage);
                        marks.add(new long[] {at, done, total});
                    }
                }, new Cancellation());
        double s = (System.nanoTime() - t0) / 1e9;
        heap.close();
        OUT.printf(Locale.ROOT, "workbook %s (%s, %,d detail lines): %.1f s, %,d MB; peak heap %,.0f MB (%,.0f MB after a collection); "
                + "progress went back %d times%n", data.period(), what, data.detail().count(), s, Files.size(out) >> 20, heap.peakUsedMb(),
                heap.peakAfterGcMb(), backwards.get());
        OUT.printf(Locale.ROOT, "  inventory sheets: %,d purchase orders and %,d stock-out risks listed (%,d and %,d more not shown), %,d location x SKU "
                + "without a stock count%n", data.purchaseOrders().lines().size(), data.stockRisks().stockOuts().size(), data.purchaseOrders().notShown(),
                data.stockRisks().stockOutsNotShown(), Math.max(data.purchaseOrders().uncounted(), data.stockRisks().uncounted()));
        for (int i = 0; i < stages.size(); i++) {
            OUT.printf(Locale.ROOT, "  %6.1f s  %4d/%d  %s%n", marks.get(i)[0] / 1e3, marks.get(i)[1], marks.get(i)[2], stages.get(i));
        }
    }

    /** Starts a build, presses Cancel after {@code delay} ms, and measures how long the build takes to stop. */
    private static void cancels(Workspace ws, Path out) throws Exception {
        List<Double> latencies = new ArrayList<>();
        for (long delay : new long[] {1_000, 4_000, 9_000, 15_000, 22_000}) {
            Cancellation cancel = new Cancellation();
            AtomicReference<String> stage = new AtomicReference<>("");
            AtomicLong stoppedAt = new AtomicLong();
            Thread build = new Thread(() -> {
                try {
                    new SalesWorkbookBuilder(ws, "bench", SalesWorkbookWriter::writeWorkbook).build(new ReportRequest(null, SECTIONS), Locale.SIMPLIFIED_CHINESE, out,
                            (d, t, m) -> stage.set(m), cancel);
                } catch (CancellationException e) {
                    stoppedAt.set(System.nanoTime());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            long t0 = System.nanoTime();
            build.start();
            build.join(delay);
            if (!build.isAlive()) {
                OUT.printf(Locale.ROOT, "  cancel after %,d ms: the build had finished (%.1f s)%n", delay, (System.nanoTime() - t0) / 1e9);
                continue;
            }
            String at = stage.get();
            long pressed = System.nanoTime();
            cancel.cancel();
            build.join();
            double ms = (stoppedAt.get() - pressed) / 1e6;
            latencies.add(ms);
            OUT.printf(Locale.ROOT, "  cancel after %,6d ms, during \"%s\": stopped in %,.0f ms%n", delay, at, ms);
        }
        if (!latencies.isEmpty()) OUT.printf(Locale.ROOT, "workbook cancel latency: max %,.0f ms over %d cancels%n",
                latencies.stream().mapToDouble(d -> d).max().orElse(0), latencies.size());
        Files.deleteIfExists(out);
    }

    private static double median(List<Double> v) { return BenchSupport.median(v.stream().mapToDouble(d -> d).toArray()); }

    private static double p95(List<Double> v) { return BenchSupport.percentile(v.stream().mapToDouble(d -> d).toArray(), 0.95); }
}
