package org.salestrack.forecast.hierarchy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;
import org.junit.jupiter.api.Test;

/** Total = A + B, S = [[1,1],[1,0],[0,1]], base forecasts (10, 4, 5) that miss coherence by 1. */
class ProjectionMappingsTest {
    private static final double[][] S = {{1, 1}, {1, 0}, {0, 1}};
    private static final double[] BASE = {10, 4, 5};

    @Test
    void olsSplitsTheIncoherenceEquallyAcrossTheThreeSeries() {
        // (S'S)^-1 S' = 1/3 [[1, 2, -1], [1, -1, 2]]
        double[][] g = ProjectionMappings.ols(S);

        assertMatrix(g, new double[][] {{1.0 / 3, 2.0 / 3, -1.0 / 3}, {1.0 / 3, -1.0 / 3, 2.0 / 3}});
        assertThat(apply(g, BASE)).containsExactly(new double[] {13.0 / 3, 16.0 / 3}, within(1e-12));
    }

    @Test
    void structuralWlsWeighsTheTotalByItsTwoLeaves() {
        double[] weights = ProjectionMappings.structuralWeights(S);
        double[][] g = ProjectionMappings.weighted(S, weights);

        assertThat(weights).containsExactly(2, 1, 1);
        assertMatrix(g, new double[][] {{0.25, 0.75, -0.25}, {0.25, -0.25, 0.75}});
        assertThat(apply(g, BASE)).containsExactly(new double[] {4.25, 5.25}, within(1e-12));
    }

    @Test
    void minTWithAFullCovarianceMatchesTheHandComputation() {
        // With the constraint vector U = (1, -1, -1), y~ = y^ - W U (U'WU)^-1 U'y^. Here U'y^ = 1,
        // W U = (3, -2, -4), U'WU = 9, so y~ = (10 - 3/9, 4 + 2/9, 5 + 4/9) = (29/3, 38/9, 49/9).
        double[][] w = {{4, 1, 0}, {1, 2, 1}, {0, 1, 3}};

        double[][] g = ProjectionMappings.minT(S, w);

        assertMatrix(g, new double[][] {{2.0 / 9, 7.0 / 9, -2.0 / 9}, {4.0 / 9, -4.0 / 9, 5.0 / 9}});
        assertThat(apply(g, BASE)).containsExactly(new double[] {38.0 / 9, 49.0 / 9}, within(1e-12));
    }

    @Test
    void minTWithIdentityCovarianceEqualsOls() {
        SeriesHierarchy hierarchy = SeriesHierarchy.of(
                List.of(HierarchyDimension.of("geography", "region", "province"), HierarchyDimension.of("channel", "channel")),
                ReconcilerTest.leaves(new Random(3), 4, 3, 3));
        double[][] s = hierarchy.summingMatrix();
        double[][] identity = new double[s.length][s.length];
        for (int i = 0; i < s.length; i++) identity[i][i] = 1;

        assertMatrix(ProjectionMappings.minT(s, identity), ProjectionMappings.ols(s));
    }

    @Test
    void minTShrinkOnAGroupedHierarchyEqualsTheConstraintFormOfWickramasuriyaEtAl() {
        // y~ = y^ - W U (U'WU)^-1 U'y^ with U' = [I | -S_aggregates] (eq. 9 of the 2019 paper), solved by LU
        // here, against (S'W^-1S)^-1 S'W^-1 by two Cholesky solves in the engine.
        Random random = new Random(19);
        SeriesHierarchy hierarchy = SeriesHierarchy.of(
                List.of(HierarchyDimension.of("geography", "region", "province"), HierarchyDimension.of("channel", "channel")),
                ReconcilerTest.leaves(random, 2, 2, 2));
        int n = hierarchy.size();
        int m = hierarchy.leafCount();
        double[][] residuals = new double[n][30];
        for (double[] row : residuals) for (int t = 0; t < row.length; t++) row[t] = random.nextGaussian();
        double[][] w = ResidualCovariance.shrink(residuals).covariance();
        double[] base = new double[n];
        for (int i = 0; i < n; i++) base[i] = 50 + 10 * random.nextDouble();
        double[][] s = hierarchy.summingMatrix();

        double[] engine = hierarchy.aggregate(apply(ProjectionMappings.minT(s, w), base));

        RealMatrix uT = MatrixUtils.createRealMatrix(n - m, n);
        for (int i = 0; i < n - m; i++) {
            uT.setEntry(i, i, 1);
            for (int j = 0; j < m; j++) uT.setEntry(i, n - m + j, -s[i][j]);
        }
        RealMatrix wm = MatrixUtils.createRealMatrix(w);
        RealVector y = MatrixUtils.createRealVector(base);
        RealMatrix wu = wm.multiply(uT.transpose());
        RealVector correction = wu.operate(new LUDecomposition(uT.multiply(wu)).getSolver().solve(uT.operate(y)));
        double[] constraintForm = y.subtract(correction).toArray();

        assertThat(engine).containsExactly(constraintForm, within(1e-9));
    }

    @Test
    void bottomUpKeepsOnlyTheLeavesAndTopDownOnlyTheTotal() {
        assertThat(ProjectionMappings.bottomUp(3, 2)).isDeepEqualTo(new double[][] {{0, 1, 0}, {0, 0, 1}});
        assertThat(ProjectionMappings.topDown(new double[] {0.25, 0.75}, 3)).isDeepEqualTo(new double[][] {{0.25, 0, 0}, {0.75, 0, 0}});
    }

    static double[] apply(double[][] g, double[] y) {
        double[] b = new double[g.length];
        for (int j = 0; j < g.length; j++) {
            for (int k = 0; k < y.length; k++) b[j] += g[j][k] * y[k];
        }
        return b;
    }

    static void assertMatrix(double[][] actual, double[][] expected) {
        assertThat(actual.length).isEqualTo(expected.length);
        for (int i = 0; i < expected.length; i++) assertThat(actual[i]).containsExactly(expected[i], within(1e-12));
    }
}
