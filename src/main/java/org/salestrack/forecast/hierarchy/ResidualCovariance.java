package org.salestrack.forecast.hierarchy;

import java.util.ArrayList;
import java.util.List;

/**
 * Covariance of in-sample one-step residuals, given as [series][time]. As in R's hts::MinT the residuals
 * are taken to have mean zero (crossprod / T, no centring), and periods where any series has no residual
 * (the first fitted points of a model, say) are dropped so that every series uses the same periods.
 */
public final class ResidualCovariance {
    /**
     * A series with zero residual variance (e.g. a SKU that never sold in a province) would make W
     * singular; its variance is floored at this fraction of the largest one, which trusts its forecast.
     */
    static final double VARIANCE_FLOOR = 1e-8;

    private ResidualCovariance() {}

    /** Uncentred sample covariance x'x / T. */
    public static double[][] sample(double[][] residuals) {
        double[][] cov = rawSample(completePeriods(residuals));
        floorDiagonal(cov);
        return cov;
    }

    /** The diagonal of {@link #sample}: each series' mean squared residual. */
    public static double[] variances(double[][] residuals) {
        double[][] cov = sample(residuals);
        double[] variances = new double[cov.length];
        for (int i = 0; i < cov.length; i++) variances[i] = cov[i][i];
        return variances;
    }

    /**
     * Schäfer &amp; Strimmer (2005) shrinkage towards the diagonal ("target D"), as used by Wickramasuriya,
     * Athanasopoulos &amp; Hyndman (2019): lambda = sum Var(r_ij) / sum r_ij^2 over i != j, clamped to [0, 1],
     * W = lambda diag(S) + (1 - lambda) S.
     */
    public static ShrunkCovariance shrink(double[][] residuals) {
        double[][] x = completePeriods(residuals);
        int n = x.length;
        int periods = x[0].length;
        if (periods < 2) throw new IllegalArgumentException("shrinkage needs at least two complete residual periods");
        double[][] cov = rawSample(x);
        double[][] scaled = new double[n][periods];
        for (int i = 0; i < n; i++) {
            double sd = Math.sqrt(cov[i][i]);
            for (int t = 0; t < periods; t++) scaled[i][t] = sd > 0 ? x[i][t] / sd : 0.0;
        }
        double varianceSum = 0;
        double squaredCorrelationSum = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double cross = 0;
                double crossOfSquares = 0;
                for (int t = 0; t < periods; t++) {
                    double product = scaled[i][t] * scaled[j][t];
                    cross += product;
                    crossOfSquares += product * product;
                }
                double correlation = cross / periods;
                varianceSum += 2 * (crossOfSquares - cross * cross / periods) / ((double) periods * (periods - 1));
                squaredCorrelationSum += 2 * correlation * correlation;
            }
        }
        // Uncorrelated residuals (or a single series): the diagonal target is already the whole story.
        double lambda = squaredCorrelationSum == 0 ? 1.0 : Math.max(0.0, Math.min(1.0, varianceSum / squaredCorrelationSum));
        double[][] shrunk = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) shrunk[i][j] = i == j ? cov[i][i] : (1 - lambda) * cov[i][j];
        }
        floorDiagonal(shrunk);
        return new ShrunkCovariance(shrunk, lambda);
    }

    /** The correlation matrix of a covariance matrix; rows with zero variance correlate with nothing. */
    public static double[][] correlation(double[][] covariance) {
        int n = covariance.length;
        double[][] r = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double scale = Math.sqrt(covariance[i][i] * covariance[j][j]);
                r[i][j] = i == j ? 1.0 : scale > 0 ? covariance[i][j] / scale : 0.0;
            }
        }
        return r;
    }

    private static double[][] rawSample(double[][] x) {
        int n = x.length;
        int periods = x[0].length;
        double[][] cov = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                double sum = 0;
                for (int t = 0; t < periods; t++) sum += x[i][t] * x[j][t];
                cov[i][j] = sum / periods;
                cov[j][i] = cov[i][j];
            }
        }
        return cov;
    }

    private static void floorDiagonal(double[][] cov) {
        double max = 0;
        for (int i = 0; i < cov.length; i++) max = Math.max(max, cov[i][i]);
        double floor = max > 0 ? max * VARIANCE_FLOOR : VARIANCE_FLOOR;
        for (int i = 0; i < cov.length; i++) cov[i][i] = Math.max(cov[i][i], floor);
    }

    static double[][] completePeriods(double[][] residuals) {
        if (residuals == null || residuals.length == 0) throw new IllegalArgumentException("no residuals");
        int length = residuals[0].length;
        List<Integer> complete = new ArrayList<>();
        for (int t = 0; t < length; t++) {
            boolean ok = true;
            for (double[] series : residuals) {
                if (series.length != length) throw new IllegalArgumentException("residual series have different lengths");
                if (!Double.isFinite(series[t])) { ok = false; break; }
            }
            if (ok) complete.add(t);
        }
        if (complete.isEmpty()) throw new IllegalArgumentException("no period has a residual for every series");
        double[][] x = new double[residuals.length][complete.size()];
        for (int i = 0; i < residuals.length; i++) {
            for (int k = 0; k < complete.size(); k++) x[i][k] = residuals[i][complete.get(k)];
        }
        return x;
    }
}
