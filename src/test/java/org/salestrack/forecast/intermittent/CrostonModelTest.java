package org.salestrack.forecast.intermittent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.salestrack.forecast.FittedModel;
import org.salestrack.forecast.Prediction;

/**
 * Demand 0,3,0,0,5,0,4 with alpha = 0.1. Sizes 3,5,4 at periods 2,5,7, intervals 2,3,2.
 * Sizes: z = 3 -> 3.2 -> 3.28. Intervals: p = 2 -> 2.1 -> 2.09. Croston = 3.28 / 2.09 = 1.569378, as
 * R's croston(c(0,3,0,0,5,0,4)) prints.
 */
class CrostonModelTest {
    private final double[] demand = {0, 3, 0, 0, 5, 0, 4};

    @Test
    void crostonDividesSmoothedSizeBySmoothedInterval() {
        FittedModel fit = new CrostonModel(CrostonModel.Variant.CROSTON).fit(demand, 1);
        assertThat(fit.parameters().get("size")).isCloseTo(3.28, within(1e-12));
        assertThat(fit.parameters().get("interval")).isCloseTo(2.09, within(1e-12));
        for (double v : fit.predict(3).mean()) {
            assertThat(v).isCloseTo(3.28 / 2.09, within(1e-12));
        }
    }

    @Test
    void sbaRemovesCrostonsBias() {
        FittedModel fit = new CrostonModel(CrostonModel.Variant.SBA).fit(demand, 1);
        assertThat(fit.predict(1).mean()[0]).isCloseTo(0.95 * 3.28 / 2.09, within(1e-12));
    }

    @Test
    void tsbSmoothsTheDemandProbabilityEveryPeriod() {
        // probability starts at 1/2 after period 2, then updates on 0,0,1,0,1:
        // 0.45, 0.405, 0.4645, 0.41805, 0.476245; size as Croston: 3.28
        FittedModel fit = new CrostonModel(CrostonModel.Variant.TSB).fit(demand, 1);
        assertThat(fit.parameters().get("probability")).isCloseTo(0.476245, within(1e-9));
        assertThat(fit.predict(1).mean()[0]).isCloseTo(0.476245 * 3.28, within(1e-9));
    }

    @Test
    void fittedValuesAreOneStepAheadAndUndefinedBeforeTheFirstDemand() {
        double[] f = new CrostonModel(CrostonModel.Variant.CROSTON).fit(demand, 1).fitted();
        assertThat(f[0]).isNaN();
        assertThat(f[1]).isNaN();
        assertThat(f[2]).isCloseTo(3 / 2.0, within(1e-12));
        assertThat(f[5]).isCloseTo(3.2 / 2.1, within(1e-12));
    }

    @Test
    void intervalsNeverGoBelowZeroAndContainTheUsualSizes() {
        Prediction p = new CrostonModel(CrostonModel.Variant.SBA).fit(demand, 1).predict(4);
        assertThat(p.quantile(0.1)).containsOnly(0.0);
        assertThat(p.quantile(0.9)[0]).isGreaterThan(2.0);
    }
}
