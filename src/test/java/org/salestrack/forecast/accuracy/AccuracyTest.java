package org.salestrack.forecast.accuracy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Measures on cases worked by hand. */
class AccuracyTest {
    private final double[] actual = {100, 200, 50};
    private final double[] forecast = {110, 180, 50};

    @Test
    void mapeAveragesAbsolutePercentageErrors() {
        // |10/100| + |20/200| + 0 = 0.2 -> 100 * 0.2 / 3
        assertThat(Accuracy.mape(actual, forecast)).isCloseTo(6.666667, within(1e-6));
    }

    @Test
    void smapeUsesTheM3Denominator() {
        // 200*10/210 + 200*20/380 + 0 = 9.5238095 + 10.5263158 = 20.0501253 -> / 3
        assertThat(Accuracy.smape(actual, forecast)).isCloseTo(6.6833751, within(1e-6));
    }

    @Test
    void smapeOfTwoZerosIsZero() {
        assertThat(Accuracy.smape(new double[] {0}, new double[] {0})).isZero();
    }

    @Test
    void wapeWeightsByVolume() {
        // (10 + 20 + 0) / 350
        assertThat(Accuracy.wape(actual, forecast)).isCloseTo(100 * 30.0 / 350, within(1e-9));
    }

    @Test
    void rmseIsTheRootOfTheMeanSquare() {
        // sqrt((100 + 400 + 0) / 3)
        assertThat(Accuracy.rmse(actual, forecast)).isCloseTo(Math.sqrt(500.0 / 3), within(1e-9));
    }

    @Test
    void maseScalesByTheInSampleSeasonalNaive() {
        double[] train = {10, 20, 30, 14, 22, 35};  // lag-3 differences: 4, 2, 5 -> scale 11/3
        double[] a = {12, 25};
        double[] f = {14, 21};                       // MAE 3
        assertThat(Accuracy.naiveScale(train, 3)).isCloseTo(11.0 / 3, within(1e-12));
        assertThat(Accuracy.mase(a, f, train, 3)).isCloseTo(3 / (11.0 / 3), within(1e-12));
    }

    @Test
    void maseFallsBackToLagOneWithoutSeasons() {
        double[] train = {1, 3, 2, 5};               // |2| + |1| + |3| = 6 over 3
        assertThat(Accuracy.mase(new double[] {6}, new double[] {4}, train, 1)).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void coverageCountsActualsInsideTheBand() {
        double[] lower = {90, 210, 40};
        double[] upper = {120, 260, 50};
        assertThat(Accuracy.coverage(actual, lower, upper)).isCloseTo(200.0 / 3, within(1e-9));
    }

    @Test
    void mismatchedLengthsAreRejected() {
        assertThatThrownBy(() -> Accuracy.rmse(new double[] {1, 2}, new double[] {1}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
