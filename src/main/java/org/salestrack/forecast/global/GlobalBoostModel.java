package org.salestrack.forecast.global;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.salestrack.forecast.series.SeriesDrivers;
import org.salestrack.forecast.series.TimeSeries;

/**
 * Gradient-boosted trees (XGBoost) trained across all series of a level at once: each row is one series in
 * one period ({@link GlobalFeatures}), the target its value over the series' mean level. Forecasts are
 * recursive (step k's forecast is step k+1's lag 1). Intervals are split-conformal: a second model trained
 * without each series' last {@code holdout} points forecasts them, and the spread of those errors across the
 * level gives the band, floored at zero for units. One thread per model: on a shared two-core machine
 * XGBoost's OpenMP threads spin against each other (200 trees on 20,000 rows: 2 s on one thread, 7-20 s on two).
 */
public final class GlobalBoostModel {
    /** Auto lets the global model compete on a level only from this many series of one calendar. */
    public static final int MIN_SERIES = 8;
    private static final int MAX_ROWS = 400_000;

    private final int rounds;
    private final int depth;

    public GlobalBoostModel() {
        this(150, 6);
    }

    public GlobalBoostModel(int rounds, int depth) {
        this.rounds = rounds;
        this.depth = depth;
    }

    /** A trained model and what it needs to forecast again with other drivers (a what-if). */
    public final class Trained implements AutoCloseable {
        private final Booster booster;
        private final GlobalFeatures features;
        private final List<TimeSeries> series;
        private final double[] scale;
        private final Map<String, SeriesDrivers> drivers;

        private Trained(Booster booster, GlobalFeatures features, List<TimeSeries> series, double[] scale, Map<String, SeriesDrivers> drivers) {
            this.booster = booster;
            this.features = features;
            this.series = series;
            this.scale = scale;
            this.drivers = drivers;
        }

        /** Mean forecasts per series (input order), with the drivers given (null: those trained with). */
        public double[][] forecast(int horizon, Map<String, SeriesDrivers> with) {
            return recursive(this, horizon, with == null ? drivers : with);
        }

        /** Absolute one-step errors over the training periods, in units of each series' level. */
        double[] inSampleErrors() {
            int width = features.width();
            List<Double> errors = new ArrayList<>();
            try {
                for (int i = 0; i < series.size(); i++) {
                    TimeSeries s = series.get(i);
                    double[] y = scaled(s.values(), scale[i]);
                    int launch = GlobalFeatures.launch(y, y.length);
                    if (launch < 0 || y.length - Math.max(1, launch) < 1) continue;
                    int from = Math.max(1, launch);
                    float[] x = new float[(y.length - from) * width];
                    double[] dm = driverMeans(drivers.get(s.id()), y.length);
                    for (int t = from; t < y.length; t++) features.row(i, s, y, t, launch, drivers.get(s.id()), dm, x, (t - from) * width);
                    DMatrix d = new DMatrix(x, y.length - from, width, Float.NaN);
                    float[][] p = booster.predict(d);
                    d.dispose();
                    for (int t = from; t < y.length; t++) errors.add(Math.abs(y[t] - p[t - from][0]));
                }
            } catch (XGBoostError e) {
                throw new IllegalStateException("XGBoost: " + e.getMessage(), e);
            }
            return errors.stream().mapToDouble(Double::doubleValue).toArray();
        }

        @Override
        public void close() {
            booster.dispose();
        }
    }

    /**
     * Trains on every series, forecasts {@code horizon} steps, and calibrates the band on a holdout of
     * {@code holdout} points (0: no holdout; the band then comes from in-sample errors growing with sqrt(step)).
     */
    public List<GlobalForecast> forecast(List<TimeSeries> series, Map<String, SeriesDrivers> drivers, int horizon, int holdout,
                                         boolean nonNegative) {
        checkDrivers(series, drivers, horizon);
        double[][] backtest = new double[series.size()][];
        double[][] scaledErrors = null;
        if (holdout > 0) {
            List<TimeSeries> cut = new ArrayList<>();
            for (TimeSeries s : series) {
                cut.add(s.length() - holdout >= 3 ? new TimeSeries(s.id(), s.kind(), s.firstOrdinal(),
                        Arrays.copyOf(s.values(), s.length() - holdout), s.seasonLength()) : null);
            }
            List<TimeSeries> usable = cut.stream().filter(x -> x != null).toList();
            if (usable.size() >= 2) {
                try (Trained early = train(usable, drivers)) {
                    double[][] f = early.forecast(holdout, null);
                    scaledErrors = new double[holdout][];
                    List<double[]> perStep = new ArrayList<>();
                    for (int k = 0; k < holdout; k++) perStep.add(new double[usable.size()]);
                    int u = 0;
                    for (int i = 0; i < series.size(); i++) {
                        if (cut.get(i) == null) continue;
                        double[] y = series.get(i).values();
                        double[] b = f[u].clone();
                        if (nonNegative) for (int k = 0; k < b.length; k++) b[k] = Math.max(0, b[k]);
                        backtest[i] = b;
                        for (int k = 0; k < holdout; k++) {
                            perStep.get(k)[u] = Math.abs(y[y.length - holdout + k] - b[k]) / early.scale[u];
                        }
                        u++;
                    }
                    for (int k = 0; k < holdout; k++) scaledErrors[k] = perStep.get(k);
                }
            }
        }
        List<GlobalForecast> out = new ArrayList<>();
        try (Trained full = train(series, drivers)) {
            double[][] mean = full.forecast(horizon, null);
            double[] q = new double[horizon];
            if (scaledErrors != null) {
                for (int k = 0; k < horizon; k++) {
                    int j = Math.min(k, scaledErrors.length - 1);
                    q[k] = quantile(scaledErrors[j], 0.8) * (k < scaledErrors.length ? 1 : Math.sqrt((k + 1.0) / scaledErrors.length));
                }
            } else {
                double base = quantile(full.inSampleErrors(), 0.8);
                for (int k = 0; k < horizon; k++) q[k] = base * Math.sqrt(k + 1.0);
            }
            for (int i = 0; i < series.size(); i++) {
                double[] m = mean[i];
                double[] lo = new double[horizon];
                double[] hi = new double[horizon];
                for (int k = 0; k < horizon; k++) {
                    if (nonNegative) m[k] = Math.max(0, m[k]);
                    lo[k] = m[k] - q[k] * full.scale[i];
                    hi[k] = m[k] + q[k] * full.scale[i];
                    if (nonNegative) lo[k] = Math.max(0, lo[k]);
                }
                out.add(new GlobalForecast(series.get(i).id(), m, lo, hi, backtest[i], holdout));
            }
        }
        return out;
    }

    /** Trains one model on every series' whole history. */
    public Trained train(List<TimeSeries> series, Map<String, SeriesDrivers> drivers) {
        if (series.isEmpty()) throw new IllegalArgumentException("the global model needs series");
        int m = series.get(0).seasonLength();
        for (TimeSeries s : series) {
            if (s.kind() != series.get(0).kind() || s.seasonLength() != m) {
                throw new IllegalArgumentException("the global model needs series of one calendar; " + s.id() + " differs");
            }
        }
        Set<String> names = new LinkedHashSet<>();
        drivers.values().forEach(d -> names.addAll(d.names()));
        GlobalFeatures features = new GlobalFeatures(new ArrayList<>(names), m);
        int width = features.width();
        double[] scale = new double[series.size()];
        int rows = 0;
        for (int i = 0; i < series.size(); i++) {
            double[] y = series.get(i).values();
            scale[i] = scale(y);
            int launch = GlobalFeatures.launch(y, y.length);
            if (launch >= 0) rows += y.length - Math.max(1, launch);
        }
        if (rows < 10) throw new IllegalArgumentException("the global model needs at least 10 periods of sales across the series");
        int stride = Math.max(1, (rows + MAX_ROWS - 1) / MAX_ROWS);
        int kept = (rows + stride - 1) / stride;
        float[] x = new float[kept * width];
        float[] label = new float[kept];
        int r = 0;
        int seen = 0;
        for (int i = 0; i < series.size(); i++) {
            TimeSeries s = series.get(i);
            double[] y = scaled(s.values(), scale[i]);
            int launch = GlobalFeatures.launch(y, y.length);
            if (launch < 0) continue;
            SeriesDrivers d = drivers.get(s.id());
            double[] dm = driverMeans(d, y.length);
            for (int t = Math.max(1, launch); t < y.length; t++) {
                if (seen++ % stride != 0 || r >= kept) continue;
                features.row(i, s, y, t, launch, d, dm, x, r * width);
                label[r++] = (float) y[t];
            }
        }
        try {
            DMatrix train = new DMatrix(Arrays.copyOf(x, r * width), r, width, Float.NaN);
            train.setLabel(Arrays.copyOf(label, r));
            Map<String, Object> params = new HashMap<>();
            params.put("objective", "reg:squarederror");
            params.put("eta", 0.08);
            params.put("max_depth", depth);
            params.put("subsample", 0.9);
            params.put("min_child_weight", 2);
            params.put("tree_method", "hist");
            params.put("nthread", 1);
            params.put("seed", 7);
            params.put("verbosity", 0);
            Booster booster = XGBoost.train(train, params, rounds, new HashMap<>(), null, null);
            train.dispose();
            return new Trained(booster, features, series, scale, drivers);
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost: " + e.getMessage(), e);
        }
    }

    private double[][] recursive(Trained m, int horizon, Map<String, SeriesDrivers> drivers) {
        int n = m.series.size();
        int width = m.features.width();
        double[][] ext = new double[n][];
        int[] launch = new int[n];
        double[][] dm = new double[n][];
        for (int i = 0; i < n; i++) {
            TimeSeries s = m.series.get(i);
            ext[i] = Arrays.copyOf(scaled(s.values(), m.scale[i]), s.length() + horizon);
            launch[i] = GlobalFeatures.launch(ext[i], s.length());
            dm[i] = driverMeans(drivers.get(s.id()), s.length());
        }
        double[][] out = new double[n][horizon];
        float[] x = new float[n * width];
        try {
            for (int k = 0; k < horizon; k++) {
                for (int i = 0; i < n; i++) {
                    TimeSeries s = m.series.get(i);
                    int t = s.length() + k;
                    // a series that never sold is forecast from its row as if launched now
                    m.features.row(i, s, ext[i], t, launch[i] < 0 ? t : launch[i], drivers.get(s.id()), dm[i], x, i * width);
                }
                DMatrix d = new DMatrix(x, n, width, Float.NaN);
                float[][] p = m.booster.predict(d);
                d.dispose();
                for (int i = 0; i < n; i++) {
                    double v = Math.max(0, p[i][0]);
                    ext[i][m.series.get(i).length() + k] = v;
                    out[i][k] = v * m.scale[i];
                }
            }
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost: " + e.getMessage(), e);
        }
        return out;
    }

    private static void checkDrivers(List<TimeSeries> series, Map<String, SeriesDrivers> drivers, int horizon) {
        for (TimeSeries s : series) {
            SeriesDrivers d = drivers.get(s.id());
            if (d != null && d.length() < s.length() + horizon) {
                throw new IllegalArgumentException("series " + s.id() + ": its drivers cover " + Math.max(0, d.length() - s.length())
                        + " period(s) after its last value, the horizon needs " + horizon);
            }
        }
    }

    private static double scale(double[] y) {
        double sum = 0;
        int count = 0;
        for (double v : y) {
            if (v > 0) {
                sum += v;
                count++;
            }
        }
        return count == 0 ? 1 : Math.max(1e-9, sum / count);
    }

    private static double[] scaled(double[] y, double scale) {
        double[] out = new double[y.length];
        for (int t = 0; t < y.length; t++) out[t] = y[t] / scale;
        return out;
    }

    private static double[] driverMeans(SeriesDrivers d, int n) {
        if (d == null) return new double[0];
        double[] out = new double[d.names().size()];
        for (int k = 0; k < out.length; k++) {
            double sum = 0;
            int count = 0;
            for (int t = 0; t < Math.min(n, d.values()[k].length); t++) {
                if (Double.isFinite(d.value(k, t))) {
                    sum += d.value(k, t);
                    count++;
                }
            }
            out[k] = count == 0 ? Double.NaN : sum / count;
        }
        return out;
    }

    static double quantile(double[] v, double p) {
        double[] s = Arrays.stream(v).filter(Double::isFinite).sorted().toArray();
        if (s.length == 0) return 0;
        double pos = p * (s.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(s.length - 1, lo + 1);
        return s[lo] + (pos - lo) * (s[hi] - s[lo]);
    }
}
