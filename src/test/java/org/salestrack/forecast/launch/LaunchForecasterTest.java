package org.salestrack.forecast.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.salestrack.forecast.launch.LaunchForecaster.Analogue;
import org.salestrack.forecast.launch.LaunchForecaster.Curve;
import org.salestrack.forecast.launch.LaunchForecaster.Method;
import org.salestrack.forecast.launch.LaunchForecaster.Target;

class LaunchForecasterTest {
    // X4 sold at 5,000 and X5 Pro at 6,000; the new model lists at 6,000 and plans a fifth more outlets
    static final Analogue X4 = new Analogue("X4", new double[] {100, 80, 60, 40}, 5000);
    static final Analogue X5P = new Analogue("X5 Pro", new double[] {200, 150, 100, 50}, 6000);
    static final LaunchForecaster UNIT_ELASTIC = new LaunchForecaster(-1);

    @Test
    void analoguesAreAlignedOnTheirLaunchAndScaledByPriceTierAndCoverage() {
        Curve c = UNIT_ELASTIC.forecast(new Target("X6", new double[0], 6000, 1.2), List.of(X4, X5P), Method.ANALOGY, 0, 4);
        // X4 x (6000/5000)^-1 = x 5/6: 83.33 66.67 50 33.33; X5 Pro x 1; mean x 1.2 coverage
        assertThat(c.mean()).containsExactly(new double[] {170, 130, 90, 50}, within(1e-9));
        assertThat(c.parameters().get("scale X4")).isCloseTo(1.2 * 5 / 6.0, within(1e-12));
        assertThat(c.parameters().get("scale X5 Pro")).isCloseTo(1.2, within(1e-12));
        assertThat(c.analogues()).containsExactly("X4", "X5 Pro");
        for (int i = 0; i < 4; i++) {
            assertThat(c.p10()[i]).isLessThan(c.mean()[i]).isGreaterThanOrEqualTo(0);
            assertThat(c.p90()[i]).isGreaterThan(c.mean()[i]);
        }
    }

    @Test
    void aProductNotLaunchedYetIsZeroUntilItsLaunchMonth() {
        Curve c = UNIT_ELASTIC.forecast(new Target("X6", new double[0], 6000, 1.0), List.of(X4, X5P), Method.ANALOGY, -2, 4);
        assertThat(c.mean()).containsExactly(new double[] {0, 0, 1700 / 12.0, 1300 / 12.0}, within(1e-9));
        assertThat(c.p10()[0]).isZero();
        assertThat(c.p90()[1]).isZero();
    }

    @Test
    void aMonthAlreadySoldPullsTheCurveAThirdOfTheWayTowardsIt() {
        // the launch month sold 85 where the analogues say 170: half; one month of three moves a third of the way: x 5/6
        Curve c = UNIT_ELASTIC.forecast(new Target("X6", new double[] {85}, 6000, 1.2), List.of(X4, X5P), Method.ANALOGY, 1, 3);
        assertThat(c.parameters().get("calibration")).isCloseTo(5 / 6.0, within(1e-12));
        assertThat(c.mean()).containsExactly(new double[] {130 * 5 / 6.0, 90 * 5 / 6.0, 50 * 5 / 6.0}, within(1e-9));
    }

    @Test
    void pastTheAnaloguesHistoryTheirBassCurveCarriesOnWithoutAJump() {
        Curve c = UNIT_ELASTIC.forecast(new Target("X6", new double[0], 6000, 1.0), List.of(X4, X5P), Method.ANALOGY, 0, 10);
        assertThat(c.mean()[3]).isCloseTo(50 / 1.2, within(1e-9));
        for (int k = 4; k < 10; k++) {
            assertThat(c.mean()[k]).isPositive().isLessThan(c.mean()[k - 1]);
        }
        assertThat(c.mean()[4] / c.mean()[3]).isBetween(0.5, 1.0);
    }

    @Test
    void theBassMethodForecastsTheCurveFittedToTheScaledAnalogues() {
        BassDiffusion truth = new BassDiffusion(0.3, 0.1, 2000);
        Analogue a = new Analogue("A", truth.sales(8), 3000);
        Analogue b = new Analogue("B", truth.sales(6), 3000);
        Curve c = new LaunchForecaster(-1.5).forecast(new Target("N", new double[0], 3000, 1.0), List.of(a, b), Method.BASS, 0, 12);
        double[] expected = truth.sales(12);
        for (int k = 0; k < 12; k++) assertThat(c.mean()[k]).isCloseTo(expected[k], within(expected[k] * 1e-3));
        assertThat(c.bass().m()).isCloseTo(2000, within(2.0));
        // two identical shapes: the band is the narrowest allowed, not zero
        assertThat(c.p90()[0] / c.mean()[0]).isCloseTo(Math.exp(1.2815515655446004 * 0.05), within(1e-9));
    }
}
