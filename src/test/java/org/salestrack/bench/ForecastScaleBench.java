package org.salestrack.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.salestrack.forecast.ForecastRequest;
import org.salestrack.forecast.ForecastRunner;
import org.salestrack.forecast.SeriesForecast;
import org.salestrack.forecast.ensemble.Selection;
import org.salestrack.forecast.hierarchy.BaseForecasts;
import org.salestrack.forecast.hierarchy.HierarchyDimension;
import org.salestrack.forecast.hierarchy.LeafKey;
import org.salestrack.forecast.hierarchy.ReconciledForecasts;
import org.salestrack.forecast.hierarchy.ReconciliationMethod;
import org.salestrack.forecast.hierarchy.ReconciliationOptions;
import org.salestrack.forecast.hierarchy.Reconciler;
import org.salestrack.forecast.hierarchy.SeriesHierarchy;
import org.salestrack.forecast.series.PeriodKind;
import org.salestrack.forecast.series.TimeSeries;

/**
 * Issue 19 #7: 10,000 store x SKU weekly series (500 stores x 20 SKUs, two years, seeded) forecast 8 weeks
 * by the global model (one XGBoost across all of them, with its split-conformal holdout) and reconciled
 * bottom-up over stores, SKUs and the total. Prints the wall time of each part.
 * Usage: ForecastScaleBench [stores=500] [skus=20] [threads=2]
 */
public final class ForecastScaleBench {
    public static void main(String[] args) {
        int stores = 500;
        int skus = 20;
        int threads = 2;
        for (String a : args) {
            String[] kv = a.split("=", 2);
            switch (kv[0]) {
                case "stores" -> stores = Integer.parseInt(kv[1]);
                case "skus" -> skus = Integer.parseInt(kv[1]);
                case "threads" -> threads = Integer.parseInt(kv[1]);
                default -> throw new IllegalArgumentException("unknown option " + a);
            }
        }
        int weeks = 104;
        int h = 8;
        long first = PeriodKind.WEEK.ordinal("2024-W01");
        Random r = new Random(1919);
        double[] skuSize = new double[skus];
        int[] launch = new int[skus];
        for (int k = 0; k < skus; k++) {
            skuSize[k] = 0.5 + 2 * r.nextDouble();
            launch[k] = r.nextInt(52);
        }
        List<TimeSeries> leaves = new ArrayList<>();
        List<LeafKey> keys = new ArrayList<>();
        for (int s = 0; s < stores; s++) {
            double storeSize = 0.3 + 3 * r.nextDouble();
            for (int k = 0; k < skus; k++) {
                double[] y = new double[weeks];
                for (int t = launch[k]; t < weeks; t++) {
                    int age = t - launch[k];
                    double life = age < 6 ? 0.5 + age / 12.0 : Math.max(0.2, 1.0 - 0.01 * (age - 6));
                    int week = (int) Math.floorMod(first + t, 52L);
                    double season = week == 23 || week == 24 ? 1.8 : week == 44 || week == 45 ? 2.0 : week == 5 ? 0.6 : 1.0;
                    double mean = 4 * storeSize * skuSize[k] * life * season;
                    y[t] = poisson(r, mean);
                }
                leaves.add(new TimeSeries("S" + s + "/K" + k, PeriodKind.WEEK, first, y, 52));
                keys.add(new LeafKey(List.of(List.of("S" + s), List.of("K" + k))));
            }
        }
        System.out.printf(Locale.ROOT, "%d store x SKU weekly series, %d weeks, horizon %d, %d threads%n", leaves.size(), weeks, h, threads);
        long t0 = System.nanoTime();
        long c0 = cpu();
        List<SeriesForecast> f = new ForecastRunner(threads).withDrivers(Map.of(), true)
                .run(leaves, new ForecastRequest(h, List.of("global"), 0, 1, Selection.COMBINATION, true));
        long t1 = System.nanoTime();
        SeriesHierarchy hierarchy = SeriesHierarchy.of(List.of(HierarchyDimension.of("store", "store"), HierarchyDimension.of("sku", "sku")), keys);
        double[][] bottom = new double[leaves.size()][];
        for (int i = 0; i < leaves.size(); i++) bottom[i] = leaves.get(i).values();
        double[][] mean = new double[hierarchy.size()][];
        double[][] leafMean = new double[leaves.size()][];
        for (int i = 0; i < leaves.size(); i++) leafMean[i] = f.get(i).steps().stream().mapToDouble(SeriesForecast.Step::mean).toArray();
        // upper nodes: their base forecasts are the sums (bottom-up keeps only the leaves' forecasts)
        double[][] aggregated = hierarchy.aggregate(leafMean);
        for (int n = 0; n < hierarchy.size(); n++) mean[n] = aggregated[n];
        ReconciledForecasts rec = Reconciler.reconcile(hierarchy, BaseForecasts.of(mean).withBottomHistory(bottom),
                ReconciliationOptions.of(ReconciliationMethod.BOTTOM_UP).nonNegativeUnits());
        long t2 = System.nanoTime();
        double total = 0;
        for (double v : rec.mean(0)) total += v;
        System.out.printf(Locale.ROOT, "global model fit + forecast: %.1f s; reconciliation (%d nodes, bottom-up): %.1f s; total %.1f s wall,"
                + " %.1f s CPU (the total's 8-week forecast: %.0f units)%n", (t1 - t0) / 1e9, hierarchy.size(), (t2 - t1) / 1e9, (t2 - t0) / 1e9,
                (cpu() - c0) / 1e9, total);
    }

    /** CPU time of the whole process (XGBoost's native threads included): wall time on a shared machine measures the others. */
    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double poisson(Random r, double mean) {
        double l = Math.exp(-Math.min(mean, 500));
        int k = 0;
        double p = 1;
        do {
            k++;
            p *= r.nextDouble();
        } while (p > l);
        return k - 1;
    }
}
