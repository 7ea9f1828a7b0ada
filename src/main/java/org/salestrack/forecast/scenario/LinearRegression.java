package org.salestrack.forecast.scenario;

import org.hipparchus.linear.DecompositionSolver;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.QRDecomposition;
import org.hipparchus.linear.RealMatrix;

/** Ordinary least squares by QR, with classical standard errors; null when the design is rank deficient. */
final class LinearRegression {
    private static final double RANK_TOLERANCE = 1e-10;

    record Fit(double[] coefficients, double[] standardErrors, double residualVariance, int degreesOfFreedom) {
        double predict(double[] row) {
            double value = 0;
            for (int k = 0; k < row.length; k++) value += row[k] * coefficients[k];
            return value;
        }
    }

    private LinearRegression() {}

    /** @param design one row per observation, the intercept column included by the caller */
    static Fit fit(double[][] design, double[] y) {
        int n = design.length;
        int p = design[0].length;
        if (n <= p) return null;
        RealMatrix x = MatrixUtils.createRealMatrix(design);
        DecompositionSolver solver = new QRDecomposition(x, RANK_TOLERANCE).getSolver();
        if (!solver.isNonSingular()) return null;
        double[] beta = solver.solve(MatrixUtils.createRealVector(y)).toArray();
        double rss = 0;
        for (int i = 0; i < n; i++) {
            double residual = y[i];
            for (int k = 0; k < p; k++) residual -= design[i][k] * beta[k];
            rss += residual * residual;
        }
        int df = n - p;
        double sigma2 = rss / df;
        RealMatrix unscaled = MatrixUtils.inverse(x.transposeMultiply(x));
        double[] se = new double[p];
        for (int k = 0; k < p; k++) se[k] = Math.sqrt(Math.max(0.0, sigma2 * unscaled.getEntry(k, k)));
        return new Fit(beta, se, sigma2, df);
    }

    /** A design row: intercept, the given leading regressors, then an optional trend and season dummies. */
    static double[] row(double[] leading, int t, boolean trend, int seasonLength) {
        int seasonal = seasonLength >= 2 ? seasonLength - 1 : 0;
        double[] row = new double[1 + leading.length + (trend ? 1 : 0) + seasonal];
        int k = 0;
        row[k++] = 1.0;
        for (double v : leading) row[k++] = v;
        if (trend) row[k++] = t;
        for (int s = 1; s <= seasonal; s++) row[k++] = t % seasonLength == s ? 1.0 : 0.0;
        return row;
    }
}
