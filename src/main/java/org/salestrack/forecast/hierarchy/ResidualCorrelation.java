package org.salestrack.forecast.hierarchy;

/**
 * The correlation of (shrunk) residual covariance kept in factored form: R = lambda I + (1 - lambda) Z Z' / T
 * with Z the residuals scaled to unit mean square. Reconciled intervals need u'Ru for one vector per series;
 * the factored form costs n T per product instead of n^2, and skips the zeros of bottom-up's sparse rows.
 */
final class ResidualCorrelation {
    private final double lambda;
    private final double[][] scaled;
    private final double[] diagonalGap;
    private final int periods;

    private ResidualCorrelation(double lambda, double[][] scaled, double[] diagonalGap) {
        this.lambda = lambda;
        this.scaled = scaled;
        this.diagonalGap = diagonalGap;
        this.periods = scaled[0].length;
    }

    /** For residuals [series][time] and a shrinkage intensity (0 for the raw sample correlation). */
    static ResidualCorrelation of(double[][] residuals, double lambda) {
        double[][] x = ResidualCovariance.completePeriods(residuals);
        int n = x.length;
        int periods = x[0].length;
        double[][] z = new double[n][periods];
        double[] gap = new double[n];
        for (int i = 0; i < n; i++) {
            double meanSquare = 0;
            for (double v : x[i]) meanSquare += v * v;
            meanSquare /= periods;
            if (meanSquare > 0) {
                double scale = 1 / Math.sqrt(meanSquare);
                for (int t = 0; t < periods; t++) z[i][t] = x[i][t] * scale;
            } else {
                // A series without residual variance correlates with nothing, but still has unit correlation with itself.
                gap[i] = 1.0;
            }
        }
        return new ResidualCorrelation(lambda, z, gap);
    }

    /** u' R u. */
    double quadraticForm(double[] u) {
        double[] projected = new double[periods];
        double squares = 0;
        double gapPart = 0;
        for (int k = 0; k < u.length; k++) {
            double uk = u[k];
            if (uk == 0) continue;
            squares += uk * uk;
            gapPart += diagonalGap[k] * uk * uk;
            double[] row = scaled[k];
            for (int t = 0; t < periods; t++) projected[t] += uk * row[t];
        }
        double lowRank = 0;
        for (double p : projected) lowRank += p * p;
        return lambda * squares + (1 - lambda) * (lowRank / periods + gapPart);
    }

    /** The dense matrix, for tests. */
    double[][] dense() {
        int n = scaled.length;
        double[][] r = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double cross = 0;
                for (int t = 0; t < periods; t++) cross += scaled[i][t] * scaled[j][t];
                r[i][j] = (1 - lambda) * (cross / periods + (i == j ? diagonalGap[i] : 0)) + (i == j ? lambda : 0);
            }
        }
        return r;
    }
}
