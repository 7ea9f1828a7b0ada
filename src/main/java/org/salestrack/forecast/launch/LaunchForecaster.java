package org.salestrack.forecast.launch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Forecasts a product that has not launched yet, or has sold for under three months, from its analogues: the
 * launch curves of its predecessors (星河 X5 after X4), aligned on months since launch and scaled to the new
 * product's price tier and planned coverage; either their mean month by month (continued by their common Bass
 * curve where the analogues' history runs out) or the Bass curve fitted to them. Months it has already sold
 * pull the curve towards them, a third of the way per month sold.
 */
public final class LaunchForecaster {
    /** Under this many months of sales a product is forecast as a launch. */
    public static final int LAUNCH_MONTHS = 3;
    private static final double Z80 = 1.2815515655446004;
    private static final double MIN_SPREAD = 0.05;

    /** How the analogues become one curve. */
    public enum Method { ANALOGY, BASS }

    /** A predecessor: its units by months since its launch (index 0 = the launch month) and its list price (0: unknown). */
    public record Analogue(String id, double[] sinceLaunch, double listPrice) {
        public Analogue {
            sinceLaunch = sinceLaunch.clone();
        }

        @Override
        public double[] sinceLaunch() { return sinceLaunch.clone(); }
    }

    /**
     * The product to forecast: what it sold since its launch month (empty when not launched), its list price (0:
     * unknown) and its planned coverage against its analogues' (1: as many outlets, 1.2: a fifth more).
     */
    public record Target(String id, double[] soldSinceLaunch, double listPrice, double coverage) {
        public Target {
            soldSinceLaunch = soldSinceLaunch.clone();
            if (!(coverage > 0)) throw new IllegalArgumentException("coverage must be positive");
        }

        @Override
        public double[] soldSinceLaunch() { return soldSinceLaunch.clone(); }
    }

    /** The forecast by step: mean and an 80% band from the analogues' spread around it (never below zero). */
    public record Curve(Method method, double[] mean, double[] p10, double[] p90, BassDiffusion bass, Map<String, Double> parameters,
                        List<String> analogues) {}

    private final double elasticity;

    /** @param elasticity how units answer a price tier: the analogue's units times (target price / its price)^elasticity */
    public LaunchForecaster(double elasticity) {
        this.elasticity = elasticity;
    }

    /** The analogue's units scaled to the target: price tier and planned coverage. */
    public double scale(Target t, Analogue a) {
        double price = t.listPrice() > 0 && a.listPrice() > 0 ? Math.pow(t.listPrice() / a.listPrice(), elasticity) : 1;
        return price * t.coverage();
    }

    /**
     * The target's units for {@code horizon} months starting {@code fromMonth} months after its launch month (negative:
     * before launch, forecast as zero).
     */
    public Curve forecast(Target t, List<Analogue> analogues, Method method, int fromMonth, int horizon) {
        if (analogues.isEmpty()) throw new IllegalArgumentException("a launch forecast needs at least one analogue");
        int months = Math.max(fromMonth + horizon, t.soldSinceLaunch().length);
        List<double[]> scaled = new ArrayList<>();
        Map<String, Double> params = new LinkedHashMap<>();
        for (Analogue a : analogues) {
            double s = scale(t, a);
            double[] c = a.sinceLaunch();
            for (int k = 0; k < c.length; k++) c[k] *= s;
            scaled.add(c);
            params.put("scale " + a.id(), s);
        }
        BassDiffusion bass = BassDiffusion.fit(scaled);
        double[] curve = method == Method.BASS ? bass.sales(Math.max(months, 1)) : analogyMean(scaled, bass, Math.max(months, 1));
        double[] sold = t.soldSinceLaunch();
        double calibration = 1;
        if (sold.length > 0) {
            double actual = 0;
            double expected = 0;
            for (int k = 0; k < sold.length; k++) {
                actual += sold[k];
                expected += curve[k];
            }
            double weight = Math.min(1.0, sold.length / (double) LAUNCH_MONTHS);
            if (expected > 0) calibration = 1 + weight * (actual / expected - 1);
        }
        double spread = spread(scaled, bass);
        double[] mean = new double[horizon];
        double[] p10 = new double[horizon];
        double[] p90 = new double[horizon];
        for (int i = 0; i < horizon; i++) {
            int k = fromMonth + i;
            mean[i] = k < 0 ? 0 : curve[k] * calibration;
            p10[i] = mean[i] * Math.exp(-Z80 * spread);
            p90[i] = mean[i] * Math.exp(Z80 * spread);
        }
        params.put("analogues", (double) analogues.size());
        params.put("coverage", t.coverage());
        params.put("calibration", calibration);
        params.put("bass_p", bass.p());
        params.put("bass_q", bass.q());
        params.put("bass_m", bass.m());
        return new Curve(method, mean, p10, p90, bass, params, analogues.stream().map(Analogue::id).toList());
    }

    /** Month by month the mean of the analogues that reached that month; past the longest, their Bass curve joined on. */
    private static double[] analogyMean(List<double[]> scaled, BassDiffusion bass, int months) {
        double[] out = new double[months];
        int longest = scaled.stream().mapToInt(c -> c.length).max().orElse(0);
        for (int k = 0; k < Math.min(months, longest); k++) {
            double s = 0;
            int n = 0;
            for (double[] c : scaled) {
                if (k < c.length) {
                    s += c[k];
                    n++;
                }
            }
            out[k] = s / n;
        }
        if (months > longest) {
            // the Bass tail, levelled to the analogy's last three months so the curve does not jump where it takes over
            int from = Math.max(0, longest - 3);
            double[] b = bass.sales(longest);
            double a = 0;
            double m = 0;
            for (int k = from; k < longest; k++) {
                a += out[k];
                m += b[k];
            }
            double level = m > 0 ? a / m : 1;
            double[] tail = bass.sales(longest, months - longest);
            for (int k = longest; k < months; k++) out[k] = tail[k - longest] * level;
        }
        return out;
    }

    /**
     * The spread of the analogues around their mean, as the root mean square of log ratios month by month (months two
     * or more analogues reached); one analogue: its spread around its Bass curve.
     */
    private static double spread(List<double[]> scaled, BassDiffusion bass) {
        double ss = 0;
        int n = 0;
        int longest = scaled.stream().mapToInt(c -> c.length).max().orElse(0);
        double[] b = bass.sales(longest);
        for (int k = 0; k < longest; k++) {
            double s = 0;
            int c = 0;
            for (double[] x : scaled) {
                if (k < x.length && x[k] > 0) {
                    s += x[k];
                    c++;
                }
            }
            for (double[] x : scaled) {
                if (k >= x.length || x[k] <= 0) continue;
                double centre = c >= 2 ? s / c : b[k];
                if (centre <= 0) continue;
                double r = Math.log(x[k] / centre);
                ss += r * r;
                n++;
            }
        }
        return n == 0 ? MIN_SPREAD : Math.max(MIN_SPREAD, Math.sqrt(ss / n));
    }
}
