package org.salestrack.forecast.hierarchy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReconcilerTest {
    private static final double Z90 = 1.2815515655446004;
    private static final SeriesHierarchy TOTAL_A_B = SeriesHierarchy.tree(HierarchyDimension.of("geography", "region"), List.of(List.of("A"), List.of("B")));

    @ParameterizedTest
    @EnumSource(value = ReconciliationMethod.class, names = "TOP_DOWN_FORECAST_PROPORTIONS", mode = EnumSource.Mode.EXCLUDE)
    void everyMethodMakesAGroupedHierarchyAddUpExactly(ReconciliationMethod method) {
        SeriesHierarchy grouped = SeriesHierarchy.of(
                List.of(HierarchyDimension.of("geography", "region", "province"), HierarchyDimension.of("channel", "channel")),
                leaves(new Random(11), 2, 2, 2));

        ReconciledForecasts result = Reconciler.reconcile(grouped, randomBase(grouped, new Random(5), 6, 60), ReconciliationOptions.of(method));

        assertCoherent(grouped, result.mean());
        assertIntervalsContainTheMean(result);
    }

    @ParameterizedTest
    @EnumSource(ReconciliationMethod.class)
    void everyMethodMakesATreeAddUpExactly(ReconciliationMethod method) {
        SeriesHierarchy tree = SeriesHierarchy.tree(HierarchyDimension.of("geography", "region", "province"), List.of(
                List.of("S", "GD"), List.of("S", "GX"), List.of("S", "HI"), List.of("N", "BJ"), List.of("N", "TJ"), List.of("E", "SH")));

        ReconciledForecasts result = Reconciler.reconcile(tree, randomBase(tree, new Random(8), 4, 40), ReconciliationOptions.of(method));

        assertCoherent(tree, result.mean());
        assertIntervalsContainTheMean(result);
    }

    @Test
    void bottomUpEqualsSummingTheLeavesBaseForecasts() {
        double[][] base = {{100, 100}, {30, 31}, {40, 42}};

        ReconciledForecasts result = Reconciler.reconcile(TOTAL_A_B, BaseForecasts.of(base), ReconciliationOptions.of(ReconciliationMethod.BOTTOM_UP));

        assertThat(result.mean()).isDeepEqualTo(new double[][] {{70, 73}, {30, 31}, {40, 42}});
    }

    @Test
    void topDownSplitsTheTotalByAverageProportionsOrByProportionsOfAverages() {
        // History A = (1, 3), B = (1, 9), totals (2, 12). Average proportions: A (1/2 + 3/12) / 2 = 0.375.
        // Proportions of averages: A 4/14 = 2/7.
        BaseForecasts base = BaseForecasts.of(new double[][] {{20}, {1}, {1}}).withBottomHistory(new double[][] {{1, 3}, {1, 9}});

        ReconciledForecasts average = Reconciler.reconcile(TOTAL_A_B, base, ReconciliationOptions.of(ReconciliationMethod.TOP_DOWN_AVERAGE_PROPORTIONS));
        ReconciledForecasts ofAverages = Reconciler.reconcile(TOTAL_A_B, base, ReconciliationOptions.of(ReconciliationMethod.TOP_DOWN_PROPORTIONS_OF_AVERAGES));

        assertThat(column(average.mean(), 0)).containsExactly(new double[] {20, 7.5, 12.5}, within(1e-12));
        assertThat(column(ofAverages.mean(), 0)).containsExactly(new double[] {20, 40.0 / 7, 100.0 / 7}, within(1e-12));
    }

    @Test
    void topDownForecastProportionsFollowTheBaseForecastsSharesLevelByLevel() {
        SeriesHierarchy tree = SeriesHierarchy.tree(HierarchyDimension.of("geography", "region", "province"),
                List.of(List.of("S", "GD"), List.of("S", "GX"), List.of("N", "BJ")));
        // Total, S, N, GD, GX, BJ. S has 60 / (60 + 20) of 100 = 75; GD has 30 / 40 of that.
        BaseForecasts base = BaseForecasts.of(new double[][] {{100}, {60}, {20}, {30}, {10}, {7}});

        ReconciledForecasts result = Reconciler.reconcile(tree, base, ReconciliationOptions.of(ReconciliationMethod.TOP_DOWN_FORECAST_PROPORTIONS));

        assertThat(column(result.mean(), 0)).containsExactly(new double[] {100, 75, 25, 56.25, 18.75, 25}, within(1e-12));
    }

    @Test
    void forecastProportionsRefuseAGroupedStructure() {
        SeriesHierarchy grouped = SeriesHierarchy.of(
                List.of(HierarchyDimension.of("geography", "region"), HierarchyDimension.of("channel", "channel")),
                List.of(LeafKey.of(List.of("A"), List.of("online")), LeafKey.of(List.of("B"), List.of("store"))));
        BaseForecasts base = BaseForecasts.of(new double[grouped.size()][1]);

        assertThatThrownBy(() -> Reconciler.reconcile(grouped, base, ReconciliationOptions.of(ReconciliationMethod.TOP_DOWN_FORECAST_PROPORTIONS)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("single-dimension tree");
    }

    @Test
    void nonNegativeUnitsSetANegativeLeafToZeroAndSumUpAgain() {
        // OLS on (0, 5, -3): A = (0 + 10 + 3) / 3 = 13/3, B = (0 - 5 - 6) / 3 = -11/3.
        BaseForecasts base = BaseForecasts.of(new double[][] {{0}, {5}, {-3}});

        ReconciledForecasts plain = Reconciler.reconcile(TOTAL_A_B, base, ReconciliationOptions.of(ReconciliationMethod.OLS));
        ReconciledForecasts units = Reconciler.reconcile(TOTAL_A_B, base, ReconciliationOptions.of(ReconciliationMethod.OLS).nonNegativeUnits());

        assertThat(column(plain.mean(), 0)).containsExactly(new double[] {2.0 / 3, 13.0 / 3, -11.0 / 3}, within(1e-12));
        assertThat(column(units.mean(), 0)).containsExactly(new double[] {13.0 / 3, 13.0 / 3, 0}, within(1e-12));
    }

    @Test
    void bottomUpIntervalsOfIndependentLeavesAddVariancesNotQuantiles() {
        // Leaf sigmas 3 and 4, independent: the total's sigma is 5, not 7.
        double[][] mean = {{0}, {10}, {20}};
        double[][] p10 = {{0}, {10 - 3 * Z90}, {20 - 4 * Z90}};
        double[][] p90 = {{0}, {10 + 3 * Z90}, {20 + 4 * Z90}};

        ReconciledForecasts result = Reconciler.reconcile(TOTAL_A_B, BaseForecasts.of(mean).withIntervals(p10, p90),
                ReconciliationOptions.of(ReconciliationMethod.BOTTOM_UP));

        assertThat(result.p10()[0][0]).isCloseTo(30 - 5 * Z90, within(1e-9));
        assertThat(result.p90()[0][0]).isCloseTo(30 + 5 * Z90, within(1e-9));
        assertThat(result.p10()[1][0]).isCloseTo(10 - 3 * Z90, within(1e-9));
    }

    @Test
    void minTShrinkReportsItsShrinkageIntensity() {
        double[][] residuals = {{3, -3, 2, 0}, {1, -2, 3, 0}, {2, -1, 1, -2}};

        ReconciledForecasts result = Reconciler.reconcile(TOTAL_A_B, BaseForecasts.of(new double[][] {{10}, {4}, {5}}).withResiduals(residuals),
                ReconciliationOptions.of(ReconciliationMethod.MINT_SHRINK));

        assertThat(result.shrinkageLambda()).isBetween(0.0, 1.0);
        double[] expected = ProjectionMappingsTest.apply(ProjectionMappings.minT(new double[][] {{1, 1}, {1, 0}, {0, 1}},
                ResidualCovariance.shrink(residuals).covariance()), new double[] {10, 4, 5});
        assertThat(result.mean()[1][0]).isCloseTo(expected[0], within(1e-12));
        assertThat(result.mean()[0][0]).isCloseTo(expected[0] + expected[1], within(1e-12));
    }

    @Test
    void methodsThatNeedResidualsOrHistorySayWhatIsMissing() {
        BaseForecasts base = BaseForecasts.of(new double[][] {{10}, {4}, {5}});

        assertThatThrownBy(() -> Reconciler.reconcile(TOTAL_A_B, base, ReconciliationOptions.of(ReconciliationMethod.MINT_SHRINK)))
                .hasMessageContaining("residuals");
        assertThatThrownBy(() -> Reconciler.reconcile(TOTAL_A_B, base, ReconciliationOptions.of(ReconciliationMethod.TOP_DOWN_AVERAGE_PROPORTIONS)))
                .hasMessageContaining("history");
    }

    @Test
    void minTWithTheRawSampleCovarianceRefusesFewerPeriodsThanSeries() {
        BaseForecasts base = BaseForecasts.of(new double[][] {{10}, {4}, {5}}).withResiduals(new double[][] {{1, 2, -1}, {1, 0, 0}, {0, 2, -1}});

        assertThatThrownBy(() -> Reconciler.reconcile(TOTAL_A_B, base, ReconciliationOptions.of(ReconciliationMethod.MINT_SAMPLE)))
                .hasMessageContaining("use MINT_SHRINK");
        double[][] shrunk = Reconciler.reconcile(TOTAL_A_B, base, ReconciliationOptions.of(ReconciliationMethod.MINT_SHRINK)).mean();
        assertThat(shrunk[0][0]).isCloseTo(shrunk[1][0] + shrunk[2][0], within(1e-9));
    }

    static List<LeafKey> leaves(Random random, int regions, int provincesPerRegion, int channels) {
        List<LeafKey> leaves = new ArrayList<>();
        for (int r = 0; r < regions; r++) {
            for (int p = 0; p < provincesPerRegion; p++) {
                for (int c = 0; c < channels; c++) {
                    if (random.nextDouble() < 0.1 && !leaves.isEmpty()) continue; // ragged, as real data is
                    leaves.add(LeafKey.of(List.of("R" + r, "R" + r + "P" + p), List.of("C" + c)));
                }
            }
        }
        return leaves;
    }

    /** Incoherent base forecasts with intervals, correlated residuals and a positive history. */
    private static BaseForecasts randomBase(SeriesHierarchy hierarchy, Random random, int horizon, int periods) {
        int n = hierarchy.size();
        int m = hierarchy.leafCount();
        double[][] leafHistory = new double[m][periods];
        double[][] leafErrors = new double[m][periods];
        for (int j = 0; j < m; j++) {
            for (int t = 0; t < periods; t++) {
                leafHistory[j][t] = 50 + 20 * random.nextDouble();
                leafErrors[j][t] = random.nextGaussian() * (1 + j % 3);
            }
        }
        double[][] residuals = hierarchy.aggregate(leafErrors);
        double[][] mean = new double[n][horizon];
        double[][] p10 = new double[n][horizon];
        double[][] p90 = new double[n][horizon];
        double[] leafMean = new double[m];
        for (int h = 0; h < horizon; h++) {
            for (int j = 0; j < m; j++) leafMean[j] = 60 + 5 * random.nextDouble();
            double[] coherent = hierarchy.aggregate(leafMean);
            for (int i = 0; i < n; i++) {
                for (int t = 0; t < periods; t++) residuals[i][t] += 0.5 * random.nextGaussian();
                mean[i][h] = coherent[i] * (1 + 0.05 * random.nextGaussian());
                p10[i][h] = mean[i][h] - (5 + random.nextDouble());
                p90[i][h] = mean[i][h] + (5 + 2 * random.nextDouble());
            }
        }
        return BaseForecasts.of(mean).withIntervals(p10, p90).withResiduals(residuals).withBottomHistory(leafHistory);
    }

    private static void assertCoherent(SeriesHierarchy hierarchy, double[][] mean) {
        for (int i = 0; i < hierarchy.size(); i++) {
            for (int h = 0; h < mean[i].length; h++) {
                double sum = 0;
                for (int leaf : hierarchy.leavesUnder(i)) sum += mean[hierarchy.leafNodeIndex(leaf)][h];
                assertThat(mean[i][h]).as("node %s step %d", hierarchy.node(i).key(), h).isCloseTo(sum, within(1e-9));
            }
        }
    }

    private static void assertIntervalsContainTheMean(ReconciledForecasts result) {
        assertThat(result.hasIntervals()).isTrue();
        for (int i = 0; i < result.mean().length; i++) {
            for (int h = 0; h < result.mean()[i].length; h++) {
                assertThat(result.p10()[i][h]).isLessThan(result.mean()[i][h]);
                assertThat(result.p90()[i][h]).isGreaterThan(result.mean()[i][h]);
            }
        }
    }

    private static double[] column(double[][] values, int step) {
        double[] column = new double[values.length];
        for (int i = 0; i < values.length; i++) column[i] = values[i][step];
        return column;
    }
}
