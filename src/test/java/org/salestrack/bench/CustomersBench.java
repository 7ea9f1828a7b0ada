package org.salestrack.bench;

import java.io.BufferedWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.salestrack.analytics.customer.CustomerService;
import org.salestrack.analytics.customer.RepeatSummaries;
import org.salestrack.ingest.ImportService;
import org.salestrack.ingest.profile.ProfileCodec;
import org.salestrack.model.customer.CustomerRules;
import org.salestrack.sample.LargeSalesWriter;
import org.salestrack.store.Workspace;
import org.salestrack.task.Cancellation;
import org.salestrack.task.ProgressListener;

/**
 * bench/customers: builds (once) a workspace with CUSTOMERS buyers placing ORDERS orders over two years
 * (a transaction list with SKUs of the sample catalogue, so categories and ecosystems exist), then times
 * what the customers screen and CLI run: RFM + churn + high value + cohorts, and BG/NBD + Gamma-Gamma
 * lifetime value for every customer, with the peak heap. Target (issue 17): 1,000,000 customers /
 * 5,000,000 orders in under 20 s. Usage: CustomersBench [CUSTOMERS] [ORDERS] [RUNS] [WORKSPACE]
 */
public final class CustomersBench {
    private static final PrintStream OUT = System.out;
    /** CPU time of the calling thread (SQLite runs on it too): the figure that holds when other work shares the cores */
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        int customers = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        long orders = args.length > 1 ? Long.parseLong(args[1]) : 5_000_000L;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Path ws = Path.of(args.length > 3 ? args[3] : "target/bench-customers/ws-" + customers + "-" + orders + ".db");
        if (!Files.exists(ws)) build(ws, customers, orders);
        CustomerService service = new CustomerService(Workspace.open(ws));
        LocalDate asOf = service.lastDay().orElseThrow();
        double[] rfm = new double[runs];
        double[] clv = new double[runs];
        for (int i = 0; i < runs; i++) {
            try (HeapWatch heap = HeapWatch.start()) {
                long t0 = System.nanoTime();
                long c0 = CPU.getCurrentThreadCpuTime();
                CustomerService.Analysis a = service.analyse(asOf, null, CustomerRules.DEFAULTS, null, Cancellation.none());
                rfm[i] = (System.nanoTime() - t0) / 1e9;
                OUT.printf(Locale.ROOT, "run %d: RFM, churn, high value, cohorts for %,d customers: %.2f s (%.2f s CPU), peak heap %.0f MB (churned %,d, high value %,d)%n",
                        i + 1, a.base().customers().size(), rfm[i], (CPU.getCurrentThreadCpuTime() - c0) / 1e9, heap.peakUsedMb(), a.base().churnedCount(), a.base().highValueCount());
            }
            try (HeapWatch heap = HeapWatch.start()) {
                long t0 = System.nanoTime();
                long c0 = CPU.getCurrentThreadCpuTime();
                CustomerService.Clv c = service.clv(asOf.minusMonths(6), RepeatSummaries.Unit.WEEK, 52, Math.pow(1.1, 7 / 365.0) - 1, null,
                        Cancellation.none());
                clv[i] = (System.nanoTime() - t0) / 1e9;
                OUT.printf(Locale.ROOT, "run %d: BG/NBD + Gamma-Gamma + value for %,d customers: %.2f s (%.2f s CPU), peak heap %.0f MB (r %.3f alpha %.3f a %.3f b %.3f)%n",
                        i + 1, c.customers().size(), clv[i], (CPU.getCurrentThreadCpuTime() - c0) / 1e9, heap.peakUsedMb(), c.bgnbd().r(), c.bgnbd().alpha(), c.bgnbd().a(), c.bgnbd().b());
            }
        }
        OUT.printf(Locale.ROOT, "median: analysis %.2f s, lifetime value %.2f s, together %.2f s (target 20 s)%n", BenchSupport.median(rfm),
                BenchSupport.median(clv), BenchSupport.median(rfm) + BenchSupport.median(clv));
    }

    /** A transaction list with SKUs: each customer buys a geometric number of times; the workspace gets the sample's product master first. */
    private static void build(Path ws, int customers, long orders) throws Exception {
        Files.createDirectories(ws.toAbsolutePath().getParent());
        Path dir = Files.createTempDirectory("bench-customers");
        try {
            LargeSalesWriter.writeSupport(dir, 42);
            List<String> skus = Files.readAllLines(dir.resolve("master").resolve("products.csv")).stream().skip(1).map(l -> l.split(",")[0]).toList();
            Path csv = dir.resolve("orders.csv");
            Random rnd = new Random(42);
            LocalDate start = LocalDate.of(2024, 1, 1);
            long t0 = System.nanoTime();
            try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
                w.write("customer_id,date,quantity,amount,sku\n");
                long written = 0;
                for (int c = 0; c < customers && written < orders; c++) {
                    long left = orders - written;
                    int n = c == customers - 1 ? (int) left : (int) Math.min(left, 1 + (long) (-Math.log(1 - rnd.nextDouble()) * (orders / (double) customers - 1)));
                    int first = rnd.nextInt(700);
                    for (int k = 0; k < n; k++) {
                        LocalDate d = start.plusDays(Math.min(730, first + (k == 0 ? 0 : rnd.nextInt(731 - first))));
                        String sku = skus.get(rnd.nextInt(skus.size()));
                        w.write("M" + c + "," + d + ",1," + (99 + rnd.nextInt(6000)) + "." + rnd.nextInt(10) + "0," + sku + "\n");
                    }
                    written += n;
                }
            }
            OUT.printf(Locale.ROOT, "wrote %s in %.0f s%n", csv, (System.nanoTime() - t0) / 1e9);
            ImportService service = BenchSupport.workspaceWithMasters(ws, dir);
            Path profile = dir.resolve("orders-profile.json");
            Files.writeString(profile, """
                    {"name": "bench-orders", "kind": "sales",
                     "format": {"type": "csv", "encoding": "UTF-8", "delimiter": ",", "decimal": ".", "headerRow": 1, "sheet": null},
                     "fields": {"customer_id": "customer_id", "sold_at": "date", "qty": "quantity", "amount": "amount", "sku": "sku",
                                "channel": {"const": "Orders"}, "channel_type": {"const": "online"}}}""");
            t0 = System.nanoTime();
            service.importFile(csv, ProfileCodec.read(profile), ProgressListener.NONE, Cancellation.none());
            OUT.printf(Locale.ROOT, "imported %,d orders of %,d customers into %s in %.0f s%n", orders, customers, ws, (System.nanoTime() - t0) / 1e9);
        } finally {
            BenchSupport.deleteTree(dir);
        }
    }
}
