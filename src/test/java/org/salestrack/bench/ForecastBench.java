package org.salestrack.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;
import org.salestrack.forecast.ForecastModel;
import org.salestrack.forecast.ModelCatalog;
import org.salestrack.forecast.accuracy.Accuracy;

/**
 * M3 accuracy and speed: fits every series' training part with each model, forecasts the held-out
 * horizon, and prints sMAPE / MASE by frequency next to the README's reference table.
 * Usage: ForecastBench M3_DIR [models=auto,ets,...] [threads=2] [limit=N] [sample=K] [type=monthly]
 * [scores=FILE] (FILE gets id, model, sMAPE, MASE, CPU ms per series, to compare two builds series by series)
 */
public final class ForecastBench {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static final String[] TYPES = {"yearly", "quarterly", "monthly", "other"};

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/benchmarks/m3");
        Map<String, String> opts = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            String[] kv = args[i].split("=", 2);
            opts.put(kv[0], kv.length > 1 ? kv[1] : "");
        }
        List<String> models = List.of(opts.getOrDefault("models", "naive2,ets,arima,theta,combo,auto").split(","));
        int threads = Integer.parseInt(opts.getOrDefault("threads", "2"));
        int limit = Integer.parseInt(opts.getOrDefault("limit", "0"));
        int sample = Integer.parseInt(opts.getOrDefault("sample", "1"));
        M3Data data = M3Data.load(dir);
        List<M3Data.Series> series = new ArrayList<>();
        for (int i = 0; i < data.series().size(); i += sample) {
            M3Data.Series s = data.series().get(i);
            if (opts.containsKey("type") && !s.type().equals(opts.get("type"))) {
                continue;
            }
            series.add(s);
        }
        if (limit > 0 && series.size() > limit) {
            series = series.subList(0, limit);
        }
        System.out.printf(Locale.ROOT, "M3: %d series, %d threads%n", series.size(), threads);
        System.out.println(M3Reference.TABLE);
        ForkJoinPool pool = new ForkJoinPool(threads);
        List<String> perSeries = new ArrayList<>(List.of("id,model,smape,mase,cpu_ms"));
        System.out.println("sMAPE / MASE; seconds = wall clock on the pool; ms/series = wall x threads / series;"
                + " cpu ms/series = CPU time of the fitting threads (not inflated by other load on the machine)");
        System.out.println("| method | yearly | quarterly | monthly | other | all | seconds | ms/series | cpu ms/series |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        for (String key : models) {
            ForecastModel model = ModelCatalog.byKey(key);
            List<M3Data.Series> run = series;
            long start = System.nanoTime();
            List<double[]> scores = pool.submit(() -> run.parallelStream().map(score(model)).toList()).get();
            double seconds = (System.nanoTime() - start) / 1e9;
            StringBuilder row = new StringBuilder("| " + key + " |");
            for (String type : TYPES) {
                row.append(cell(run, scores, s -> s.type().equals(type)));
            }
            row.append(cell(run, scores, s -> true));
            double cpu = scores.stream().mapToDouble(v -> v[2]).sum();
            row.append(String.format(Locale.ROOT, " %.1f | %.1f | %.1f |", seconds, 1000 * seconds * threads / run.size(),
                    cpu / run.size()));
            System.out.println(row);
            for (int i = 0; i < run.size(); i++) {
                double[] v = scores.get(i);
                perSeries.add(String.format(Locale.ROOT, "%s,%s,%.6f,%.6f,%.2f", run.get(i).id(), key, v[0], v[1], v[2]));
            }
        }
        pool.shutdown();
        if (opts.containsKey("scores")) {
            Files.write(Path.of(opts.get("scores")), perSeries);
        }
    }

    private static Function<M3Data.Series, double[]> score(ForecastModel model) {
        return s -> {
            long cpu0 = CPU.getCurrentThreadCpuTime();
            double[] f;
            try {
                f = model.fit(s.train(), s.frequency()).predict(s.test().length).mean();
            } catch (RuntimeException ex) {
                System.err.println(s.id() + ": " + ex);
                f = ModelCatalog.byKey("naive").fit(s.train(), s.frequency()).predict(s.test().length).mean();
            }
            return new double[] {Accuracy.smape(s.test(), f), Accuracy.mase(s.test(), f, s.train(), s.frequency()),
                (CPU.getCurrentThreadCpuTime() - cpu0) / 1e6};
        };
    }

    private static String cell(List<M3Data.Series> series, List<double[]> scores, java.util.function.Predicate<M3Data.Series> in) {
        double smape = 0;
        double mase = 0;
        int n = 0;
        for (int i = 0; i < series.size(); i++) {
            if (in.test(series.get(i))) {
                smape += scores.get(i)[0];
                mase += scores.get(i)[1];
                n++;
            }
        }
        return n == 0 ? " - |" : String.format(Locale.ROOT, " %.2f / %.2f |", smape / n, mase / n);
    }
}
