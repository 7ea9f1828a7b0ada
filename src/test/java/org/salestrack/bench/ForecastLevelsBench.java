package org.salestrack.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ForkJoinPool;
import org.salestrack.forecast.ForecastModel;
import org.salestrack.forecast.ForecastRequest;
import org.salestrack.forecast.ForecastRunner;
import org.salestrack.forecast.ForecastService;
import org.salestrack.forecast.ModelCatalog;
import org.salestrack.forecast.SeriesForecast;
import org.salestrack.forecast.accuracy.Accuracy;
import org.salestrack.forecast.ensemble.AutoModel;
import org.salestrack.forecast.ensemble.Selection;
import org.salestrack.forecast.series.PeriodKind;
import org.salestrack.forecast.series.SeriesDrivers;
import org.salestrack.forecast.series.TimeSeries;
import org.salestrack.model.SummaryRow;
import org.salestrack.store.SummaryQuery;
import org.salestrack.store.Workspace;

/**
 * Issue 19 #7: the sample workspace at SKU x month and SKU x province x week, three rolling origins: WAPE
 * (total absolute error over total units, all series, origins and steps) and mean MASE of the new auto (the
 * runner with the workspace's drivers: short-history rule, borrowed seasonality, global model when it wins
 * its selection window), auto as it was before, seasonal naive and ETS.
 * Usage: ForecastLevelsBench WORKSPACE [threads=2] [levels=month,week]
 */
public final class ForecastLevelsBench {
    private static final String[] METHODS = {"new auto", "today's auto", "snaive", "ets"};

    public static void main(String[] args) throws Exception {
        Workspace ws = Workspace.open(Path.of(args[0]));
        Map<String, String> opts = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            String[] kv = args[i].split("=", 2);
            opts.put(kv[0], kv.length > 1 ? kv[1] : "");
        }
        int threads = Integer.parseInt(opts.getOrDefault("threads", "2"));
        List<String> levels = List.of(opts.getOrDefault("levels", "month,week").split(","));
        System.out.println("| level | series | horizon x origins | method | WAPE % | MASE | seconds (wall) |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- |");
        if (levels.contains("month")) {
            ForecastService.LevelSeries l = new ForecastService(ws).loadWithDrivers(List.of("sku"), ForecastService.Measure.UNITS, 0);
            evaluate("SKU x month", l.series(), l.drivers(), 3, threads);
        }
        if (levels.contains("week")) {
            evaluate("SKU x province x week", weekly(ws), Map.of(), 8, threads);
        }
    }

    /** Weekly units of every SKU x province, complete weeks only, zeros where nothing sold after its first sale. */
    static List<TimeSeries> weekly(Workspace ws) {
        List<SummaryRow> rows = new SummaryQuery(ws).run(List.of("sku", "province", "week"), null, null);
        Map<String, TreeMap<Long, Double>> by = new LinkedHashMap<>();
        long last = Long.MIN_VALUE;
        for (SummaryRow r : rows) {
            long w = PeriodKind.WEEK.ordinal(r.keys().get(2));
            by.computeIfAbsent(r.keys().get(0) + "/" + r.keys().get(1), k -> new TreeMap<>()).merge(w, (double) r.qty(), Double::sum);
            last = Math.max(last, w);
        }
        long lastComplete = last - 1; // the data's last week may be partial
        List<TimeSeries> out = new ArrayList<>();
        for (var e : by.entrySet()) {
            long first = e.getValue().firstKey();
            if (lastComplete - first + 1 < 20) continue;
            double[] y = new double[(int) (lastComplete - first + 1)];
            e.getValue().forEach((w, q) -> {
                if (w <= lastComplete) y[(int) (w - first)] = q;
            });
            out.add(new TimeSeries(e.getKey(), PeriodKind.WEEK, first, y, 52));
        }
        return out;
    }

    static void evaluate(String name, List<TimeSeries> all, Map<String, SeriesDrivers> drivers, int h, int threads) throws Exception {
        double[] absError = new double[METHODS.length];
        double[] actualSum = new double[METHODS.length];
        double[] maseSum = new double[METHODS.length];
        int[] maseCount = new int[METHODS.length];
        double[] seconds = new double[METHODS.length];
        for (int origin = 1; origin <= 3; origin++) {
            int cut = origin * h;
            List<TimeSeries> train = new ArrayList<>();
            Map<String, double[]> actual = new HashMap<>();
            Map<String, SeriesDrivers> known = new HashMap<>();
            for (TimeSeries s : all) {
                int keep = s.length() - cut;
                if (keep < 3) continue;
                double[] y = s.values();
                train.add(new TimeSeries(s.id(), s.kind(), s.firstOrdinal(), java.util.Arrays.copyOf(y, keep), s.seasonLength()));
                actual.put(s.id(), java.util.Arrays.copyOfRange(y, keep, keep + h));
                SeriesDrivers d = drivers.get(s.id());
                if (d != null) known.put(s.id(), asKnownAt(d, keep, h));
            }
            for (int m = 0; m < METHODS.length; m++) {
                long t0 = System.nanoTime();
                Map<String, double[]> f = forecasts(METHODS[m], train, known, h, threads);
                seconds[m] += (System.nanoTime() - t0) / 1e9;
                for (TimeSeries s : train) {
                    double[] a = actual.get(s.id());
                    double[] p = f.get(s.id());
                    for (int k = 0; k < h; k++) {
                        absError[m] += Math.abs(a[k] - Math.max(0, p[k]));
                        actualSum[m] += Math.abs(a[k]);
                    }
                    double mase = Accuracy.mase(a, p, s.values(), s.seasonLength());
                    if (Double.isFinite(mase)) {
                        maseSum[m] += mase;
                        maseCount[m]++;
                    }
                }
            }
        }
        for (int m = 0; m < METHODS.length; m++) {
            System.out.printf(Locale.ROOT, "| %s | %d | %d x 3 | %s | %.1f | %.3f | %.1f |%n", name, all.size(), h, METHODS[m],
                    100 * absError[m] / actualSum[m], maseSum[m] / maseCount[m], seconds[m]);
        }
    }

    /** Drivers as known at the origin: campaigns as planned; the price after it is the last price seen. */
    static SeriesDrivers asKnownAt(SeriesDrivers d, int keep, int h) {
        double[][] v = new double[d.names().size()][keep + h];
        for (int k = 0; k < v.length; k++) {
            for (int t = 0; t < keep + h; t++) {
                v[k][t] = t < d.values()[k].length ? d.value(k, t) : Double.NaN;
                if (d.names().get(k).equals("price") && t >= keep) v[k][t] = v[k][keep - 1];
            }
        }
        return new SeriesDrivers(d.names(), v);
    }

    static Map<String, double[]> forecasts(String method, List<TimeSeries> train, Map<String, SeriesDrivers> drivers, int h, int threads)
            throws Exception {
        Map<String, double[]> out = new java.util.concurrent.ConcurrentHashMap<>();
        if (method.equals("new auto")) {
            ForecastRunner runner = new ForecastRunner(threads).withDrivers(drivers, true);
            for (SeriesForecast f : runner.run(train, new ForecastRequest(h, List.of("auto"), 0, 1, Selection.COMBINATION, true))) {
                out.put(f.seriesId(), f.steps().stream().mapToDouble(SeriesForecast.Step::mean).toArray());
            }
            return out;
        }
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            pool.submit(() -> train.parallelStream().forEach(s -> {
                ForecastModel model = switch (method) {
                    case "today's auto" -> AutoModel.beforeShortHistoryRule();
                    default -> ModelCatalog.byKey(method);
                };
                double[] p;
                try {
                    p = model.fit(s.values(), s.seasonLength()).predict(h).mean();
                } catch (IllegalArgumentException | ArithmeticException e) {
                    p = new double[h];
                    java.util.Arrays.fill(p, s.values()[s.length() - 1]);
                }
                out.put(s.id(), p);
            })).get();
        } finally {
            pool.shutdown();
        }
        return out;
    }
}
