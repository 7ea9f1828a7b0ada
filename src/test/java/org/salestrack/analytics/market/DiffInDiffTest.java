package org.salestrack.analytics.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.salestrack.model.market.Interval;

/** A difference in differences worked by hand (the t quantile from scipy.stats.t.ppf(0.975, 1.8975525780)). */
class DiffInDiffTest {
    private static final List<DiffInDiff.Unit> TREATED = List.of(
            new DiffInDiff.Unit("A", 0.20, 0.17, 100), new DiffInDiff.Unit("B", 0.10, 0.09, 300));
    private static final List<DiffInDiff.Unit> CONTROLS = List.of(
            new DiffInDiff.Unit("C", 0.15, 0.16, 200), new DiffInDiff.Unit("D", 0.12, 0.12, 200),
            new DiffInDiff.Unit("E", 0.18, 0.20, 100));

    @Test
    void theEstimateIsTheWeightedChangeOfTheTreatedMinusThatOfTheControls() {
        // treated: (100 * -0.03 + 300 * -0.01) / 400 = -0.015; controls: (200 * 0.01 + 0 + 100 * 0.02) / 500 = 0.008
        Interval i = DiffInDiff.estimate(TREATED, CONTROLS, 0.95);
        assertThat(i.estimate()).isCloseTo(-0.023, within(1e-12));
        assertThat(i.treated()).isEqualTo(2);
        assertThat(i.controls()).isEqualTo(3);
    }

    @Test
    void eachSidesVarianceIsTheClusterRobustOneOfAWeightedMean() {
        // treated: 2/1 * (100^2 * 0.015^2 + 300^2 * 0.005^2) / 400^2 = 2 * 4.5 / 160000
        assertThat(DiffInDiff.side(TREATED).variance()).isCloseTo(5.625e-5, within(1e-15));
        // controls: 3/2 * (200^2 * 0.002^2 + 200^2 * 0.008^2 + 100^2 * 0.012^2) / 500^2 = 1.5 * 4.16 / 250000
        assertThat(DiffInDiff.side(CONTROLS).variance()).isCloseTo(2.496e-5, within(1e-15));
    }

    @Test
    void theIntervalIsTBasedWithWelchSatterthwaiteDegreesOfFreedom() {
        // df = (Vt + Vc)^2 / (Vt^2 / 1 + Vc^2 / 2) = 1.89755; t(0.975, df) = 4.533110; half width = 4.533110 * sqrt(8.121e-5)
        Interval i = DiffInDiff.estimate(TREATED, CONTROLS, 0.95);
        assertThat(i.high() - i.estimate()).isCloseTo(0.0408508442, within(1e-6));
        assertThat(i.estimate() - i.low()).isCloseTo(0.0408508442, within(1e-6));
        assertThat(i.contains(0)).isTrue();
    }

    @Test
    void oneTreatedProvinceGivesNoInterval() {
        assertThat(DiffInDiff.estimate(TREATED.subList(0, 1), CONTROLS, 0.95)).isNull();
    }
}
