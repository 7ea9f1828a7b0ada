package org.salestrack.forecast.hierarchy;

/**
 * P10/P90 of reconciled forecasts under a Gaussian approximation. Each base forecast's spread is read off its
 * own interval, separately below and above the mean so that skewed base intervals stay skewed:
 * sigma_low = (mean - p10) / z, sigma_high = (p90 - mean) / z with z = the 90% normal quantile. With base
 * covariance W_h = D R D (R the residual correlation, identity when unknown) the reconciled variance is the
 * diagonal of S G W_h G' S' (Wickramasuriya et al. 2019, eq. 6). Quantiles of a sum are not sums of
 * quantiles, so this, not reconciling each quantile vector, is what keeps aggregate intervals honest.
 */
final class ReconciledIntervals {
    static final double Z90 = 1.2815515655446004;

    private ReconciledIntervals() {}

    /**
     * The standard deviation of every reconciled series at one step.
     *
     * @param m           S G (n x n)
     * @param sigma       base standard deviations (n)
     * @param correlation base correlation, or null for independent base errors
     */
    static double[] reconciledSigma(double[][] m, double[] sigma, ResidualCorrelation correlation) {
        int n = m.length;
        double[] result = new double[n];
        double[] u = new double[n];
        for (int i = 0; i < n; i++) {
            double squares = 0;
            for (int k = 0; k < n; k++) {
                u[k] = m[i][k] * sigma[k];
                squares += u[k] * u[k];
            }
            double variance = correlation == null ? squares : correlation.quadraticForm(u);
            result[i] = Math.sqrt(Math.max(0.0, variance));
        }
        return result;
    }

    /** Base spread below (lower = true) or above the mean at one step, never negative. */
    static double[] baseSigma(double[][] mean, double[][] quantile, int step, boolean lower) {
        double[] sigma = new double[mean.length];
        for (int i = 0; i < mean.length; i++) {
            double width = lower ? mean[i][step] - quantile[i][step] : quantile[i][step] - mean[i][step];
            sigma[i] = Math.max(0.0, width) / Z90;
        }
        return sigma;
    }

    /** M = S G computed from the leaves under each node, without forming S. */
    static double[][] summedMapping(SeriesHierarchy hierarchy, double[][] g) {
        int n = hierarchy.size();
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int leaf : hierarchy.leavesUnder(i)) {
                double[] row = g[leaf];
                for (int k = 0; k < n; k++) m[i][k] += row[k];
            }
        }
        return m;
    }
}
