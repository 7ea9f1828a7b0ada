package org.salestrack.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.salestrack.analytics.inventory.InventoryService;
import org.salestrack.analytics.workbook.SalesWorkbookBuilder;
import org.salestrack.model.inventory.InventoryReport;
import org.salestrack.model.inventory.ReplenishmentLine;
import org.salestrack.model.report.ReportRequest;
import org.salestrack.model.report.ReportSection;
import org.salestrack.model.report.SalesReportData;
import org.salestrack.report.SalesWorkbookWriter;
import org.salestrack.store.Workspace;
import org.salestrack.task.Cancellation;

/**
 * bench/screens (the workbook's inventory sheets, issue 23): on a large workspace, times the inventory plan the
 * workbook reads (with its peak heap), the workbook with only the Purchase orders and Slow movers &amp; risks
 * sheets, then the workbook with every section the Reports screen ticks by default (Detail unticked above
 * {@link SalesWorkbookBuilder#DETAIL_BY_DEFAULT_UP_TO} lines) and Cancel pressed during the inventory stage.
 * Usage: InventorySheetsBench WORKSPACE OUT_DIR [PARTS] (PARTS: a combination of p = plan, s = the two sheets,
 * w = the default workbook, c = cancel; all by default).
 */
public final class InventorySheetsBench {
    private static final PrintStream OUT = System.out;

    private InventorySheetsBench() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Path outDir = Path.of(args[1]);
        String parts = args.length > 2 ? args[2] : "pswc";
        Files.createDirectories(outDir);
        long o0 = System.nanoTime();
        Workspace ws = Workspace.open(file);
        OUT.printf(Locale.ROOT, "workspace opened (with any pending migration) in %.1f s; max heap %,d MB%n", (System.nanoTime() - o0) / 1e9,
                Runtime.getRuntime().maxMemory() >> 20);
        SalesWorkbookBuilder builder = new SalesWorkbookBuilder(ws, "bench", SalesWorkbookWriter::writeWorkbook);
        YearMonth period = SalesWorkbookBuilder.defaultMonth(builder.months(), builder.asOf()).orElseThrow();
        if (parts.contains("p")) plan(ws, period);
        if (parts.contains("f")) facts(ws, period);
        if (parts.contains("s")) workbook(builder, period, EnumSet.of(ReportSection.INVENTORY, ReportSection.STOCK_RISKS, ReportSection.PROVENANCE),
                outDir.resolve("inventory-sheets.xlsx"), "the two inventory sheets and provenance");
        Set<ReportSection> defaults = EnumSet.allOf(ReportSection.class);
        if (builder.detailLines(period) > SalesWorkbookBuilder.DETAIL_BY_DEFAULT_UP_TO) defaults.remove(ReportSection.DETAIL);
        if (parts.contains("w")) workbook(builder, period, defaults, outDir.resolve("default.xlsx"), "the Reports screen's default sections");
        if (parts.contains("c")) cancel(builder, period, defaults, outDir.resolve("cancel.xlsx"));
    }

    /** The counted plan, then each read it makes, timed apart. */
    private static void facts(Workspace ws, YearMonth period) {
        InventoryService service = new InventoryService(ws);
        for (int i = 0; i < 2; i++) {
            long t0 = System.nanoTime();
            var r = service.counted(period.atEndOfMonth(), service.parameters(), Cancellation.none());
            OUT.printf(Locale.ROOT, "counted plan: %.1f s, %,d planned, %,d uncounted%n", (System.nanoTime() - t0) / 1e9, r.replenishment().size(), r.uncounted());
        }
        var f = new org.salestrack.store.inventory.InventoryFacts(ws);
        java.time.LocalDate lastMonday = period.atEndOfMonth().with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.SUNDAY)).minusDays(6);
        timed("locations", () -> f.locations().size());
        timed("skus", () -> f.skus().size());
        timed("snapshots", () -> f.snapshots(period.atEndOfMonth()).size());
        timed("weeklyByLocation 8 weeks", () -> f.weeklyByLocation(lastMonday.minusWeeks(7), lastMonday.plusDays(6)).size());
        timed("weeklyByProvinceFromRollup 52 weeks", () -> f.weeklyByProvinceFromRollup(lastMonday.minusWeeks(51), lastMonday.plusDays(6), Cancellation.none()).size());
        timed("weeklyByProvince 52 weeks", () -> f.weeklyByProvince(lastMonday.minusWeeks(51), lastMonday.plusDays(6)).size());
    }

    private static void timed(String what, java.util.function.IntSupplier work) {
        long t0 = System.nanoTime();
        int n = work.getAsInt();
        OUT.printf(Locale.ROOT, "  %-40s %6.2f s, %,d rows%n", what, (System.nanoTime() - t0) / 1e9, n);
    }

    private static void plan(Workspace ws, YearMonth period) {
        InventoryService service = new InventoryService(ws);
        long t0 = System.nanoTime();
        try (HeapWatch heap = HeapWatch.start()) {
            InventoryReport r = service.report(period.atEndOfMonth(), service.parameters(), null, Cancellation.none());
            long orders = r.replenishment().stream().filter(l -> l.orderQty() > 0).count();
            long risks = r.replenishment().stream().filter(ReplenishmentLine::stockOutRisk).count();
            OUT.printf(Locale.ROOT, "inventory plan as of %s: %.1f s, peak heap %,.0f MB (%,.0f MB after a collection); %,d location x SKU, %,d to order, "
                            + "%,d stock-out risks, %,d positions, %,d slow movers, %,d transfers%n", period.atEndOfMonth(), (System.nanoTime() - t0) / 1e9,
                    heap.peakUsedMb(), heap.peakAfterGcMb(), r.replenishment().size(), orders, risks, r.positions().size(), r.slowMovers().size(),
                    r.transfers().size());
        }
    }

    private static void workbook(SalesWorkbookBuilder builder, YearMonth period, Set<ReportSection> sections, Path out, String what) throws Exception {
        AtomicReference<String> stage = new AtomicReference<>("");
        AtomicLong stageAt = new AtomicLong();
        long t0 = System.nanoTime();
        try (HeapWatch heap = HeapWatch.start()) {
            SalesReportData data = builder.build(new ReportRequest(period, sections), Locale.SIMPLIFIED_CHINESE, out, (done, total, message) -> {
                String s = message.replaceAll("[0-9,]+", "#");
                if (!s.equals(stage.get())) {
                    long now = System.nanoTime();
                    OUT.printf(Locale.ROOT, "  %6.1f s  %4d/%d  %s%n", (now - t0) / 1e9, done, total, s);
                    stage.set(s);
                    stageAt.set(now);
                }
            }, new Cancellation());
            OUT.printf(Locale.ROOT, "workbook %s (%s): %.1f s, %,d KB, peak heap %,.0f MB (%,.0f MB after a collection); %,d purchase orders, %,d stock-out risks, "
                            + "%,d slow movers listed%n", data.period(), what, (System.nanoTime() - t0) / 1e9, Files.size(out) >> 10, heap.peakUsedMb(),
                    heap.peakAfterGcMb(), data.purchaseOrders().lines().size(), data.stockRisks().stockOuts().size(), data.stockRisks().slowMovers().size());
        } catch (OutOfMemoryError e) {
            OUT.printf(Locale.ROOT, "workbook %s (%s): out of memory after %.1f s during \"%s\"%n", period, what, (System.nanoTime() - t0) / 1e9, stage.get());
        }
    }

    /** Presses Cancel once the build reaches the purchase orders and measures how long it takes to stop. */
    private static void cancel(SalesWorkbookBuilder builder, YearMonth period, Set<ReportSection> sections, Path out) throws Exception {
        Cancellation cancel = new Cancellation();
        AtomicLong stoppedAt = new AtomicLong();
        AtomicLong reached = new AtomicLong();
        Thread build = new Thread(() -> {
            try {
                builder.build(new ReportRequest(period, sections), Locale.SIMPLIFIED_CHINESE, out, (d, t, m) -> {
                    if (m.equals("purchase orders")) reached.compareAndSet(0, System.nanoTime());
                }, cancel);
            } catch (CancellationException e) {
                stoppedAt.set(System.nanoTime());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        build.start();
        while (reached.get() == 0 && build.isAlive()) Thread.sleep(5);
        for (long delay : new long[] {300, 1_500}) {
            if (!build.isAlive()) break;
            Thread.sleep(delay);
            if (!build.isAlive()) break;
            long pressed = System.nanoTime();
            cancel.cancel();
            build.join();
            OUT.printf(Locale.ROOT, "  cancel %,d ms into the purchase orders stage: stopped in %,.0f ms%n", delay, (stoppedAt.get() - pressed) / 1e6);
        }
        if (build.isAlive()) build.join();
        Files.deleteIfExists(out);
    }
}
