package org.salestrack.forecast.scenario;

/**
 * A base or adjusted forecast of one series over the horizon: the mean path and, when known, the P10, P50 and
 * P90 paths (null when absent). Arrays are copied in and out, so an instance never changes.
 */
public record ForecastPaths(String seriesId, double[] mean, double[] p10, double[] p50, double[] p90) {
    public ForecastPaths {
        if (seriesId == null || seriesId.isBlank()) throw new IllegalArgumentException("a series needs an id");
        if (mean == null || mean.length == 0) throw new IllegalArgumentException("series " + seriesId + " has no forecast");
        mean = mean.clone();
        p10 = checked(seriesId, "P10", p10, mean.length);
        p50 = checked(seriesId, "P50", p50, mean.length);
        p90 = checked(seriesId, "P90", p90, mean.length);
    }

    public static ForecastPaths ofMean(String seriesId, double... mean) {
        return new ForecastPaths(seriesId, mean, null, null, null);
    }

    public int horizon() {
        return mean.length;
    }

    @Override
    public double[] mean() {
        return mean.clone();
    }

    @Override
    public double[] p10() {
        return p10 == null ? null : p10.clone();
    }

    @Override
    public double[] p50() {
        return p50 == null ? null : p50.clone();
    }

    @Override
    public double[] p90() {
        return p90 == null ? null : p90.clone();
    }

    /**
     * Every path times a per-step multiplier. For a non-negative deterministic multiplier this is exact for
     * quantiles too: the q-quantile of c X is c times the q-quantile of X.
     */
    public ForecastPaths scaled(double[] multiplier) {
        if (multiplier.length != mean.length) throw new IllegalArgumentException("multiplier has " + multiplier.length + " steps, forecast " + mean.length);
        for (double m : multiplier) {
            if (!(m >= 0) || Double.isInfinite(m)) throw new IllegalArgumentException("multipliers must be finite and non-negative, got " + m);
        }
        return new ForecastPaths(seriesId, times(mean, multiplier), times(p10, multiplier), times(p50, multiplier), times(p90, multiplier));
    }

    private static double[] times(double[] path, double[] multiplier) {
        if (path == null) return null;
        double[] result = new double[path.length];
        for (int t = 0; t < path.length; t++) result[t] = path[t] * multiplier[t];
        return result;
    }

    private static double[] checked(String seriesId, String what, double[] path, int horizon) {
        if (path == null) return null;
        if (path.length != horizon) throw new IllegalArgumentException("series " + seriesId + ": " + what + " has " + path.length + " steps, mean " + horizon);
        return path.clone();
    }
}
