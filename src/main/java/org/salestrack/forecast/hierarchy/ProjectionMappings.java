package org.salestrack.forecast.hierarchy;

import java.util.Arrays;
import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.DecompositionSolver;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;

/**
 * The matrices G (m x n) that map base forecasts of all n series to coherent leaf forecasts, y~ = S G y^.
 * Dense: meant for hierarchies up to a few thousand series; larger ones are reconciled level slice by slice.
 */
public final class ProjectionMappings {
    private static final double SYMMETRY_TOLERANCE = 1e-10;
    private static final double POSITIVITY_TOLERANCE = 1e-14;

    private ProjectionMappings() {}

    /** G = [0 | I]: keep the leaves' base forecasts. */
    public static double[][] bottomUp(int series, int leaves) {
        double[][] g = new double[leaves][series];
        for (int j = 0; j < leaves; j++) g[j][series - leaves + j] = 1.0;
        return g;
    }

    /** G = p e1': split the total (node 0) by the proportions p. */
    public static double[][] topDown(double[] proportions, int series) {
        double[][] g = new double[proportions.length][series];
        for (int j = 0; j < proportions.length; j++) g[j][0] = proportions[j];
        return g;
    }

    /** OLS: G = (S'S)^-1 S'. */
    public static double[][] ols(double[][] s) {
        double[] ones = new double[s.length];
        Arrays.fill(ones, 1.0);
        return weighted(s, ones);
    }

    /** WLS: G = (S' W^-1 S)^-1 S' W^-1 with a diagonal W given by its entries. */
    public static double[][] weighted(double[][] s, double[] diagonal) {
        int n = s.length;
        int m = s[0].length;
        double[][] wInvS = new double[n][m];
        for (int i = 0; i < n; i++) {
            if (!(diagonal[i] > 0)) throw new IllegalArgumentException("weight of series " + i + " must be positive, was " + diagonal[i]);
            for (int j = 0; j < m; j++) wInvS[i][j] = s[i][j] / diagonal[i];
        }
        return fromWInvS(s, wInvS);
    }

    /** MinT: G = (S' W^-1 S)^-1 S' W^-1 for a full, positive definite W (n x n). */
    public static double[][] minT(double[][] s, double[][] w) {
        DecompositionSolver solver;
        try {
            solver = new CholeskyDecomposition(MatrixUtils.createRealMatrix(w), SYMMETRY_TOLERANCE, POSITIVITY_TOLERANCE).getSolver();
        } catch (MathIllegalArgumentException e) {
            throw new IllegalArgumentException("the base forecast error covariance is not positive definite; use MinT with shrinkage", e);
        }
        double[][] wInvS = solver.solve(MatrixUtils.createRealMatrix(s)).getData();
        return fromWInvS(s, wInvS);
    }

    /** Structural scaling weights: the number of leaves each series sums, i.e. S 1. */
    public static double[] structuralWeights(double[][] s) {
        double[] weights = new double[s.length];
        for (int i = 0; i < s.length; i++) {
            for (double v : s[i]) weights[i] += v;
        }
        return weights;
    }

    /** G = (S' X)^-1 X' where X = W^-1 S (W symmetric, so X' = S' W^-1). */
    private static double[][] fromWInvS(double[][] s, double[][] wInvS) {
        RealMatrix x = MatrixUtils.createRealMatrix(wInvS);
        RealMatrix normal = MatrixUtils.createRealMatrix(s).transposeMultiply(x);
        symmetrise(normal);
        DecompositionSolver solver = new CholeskyDecomposition(normal, SYMMETRY_TOLERANCE, POSITIVITY_TOLERANCE).getSolver();
        return solver.solve(x.transpose()).getData();
    }

    private static void symmetrise(RealMatrix a) {
        for (int i = 0; i < a.getRowDimension(); i++) {
            for (int j = i + 1; j < a.getColumnDimension(); j++) {
                double mean = (a.getEntry(i, j) + a.getEntry(j, i)) / 2;
                a.setEntry(i, j, mean);
                a.setEntry(j, i, mean);
            }
        }
    }
}
