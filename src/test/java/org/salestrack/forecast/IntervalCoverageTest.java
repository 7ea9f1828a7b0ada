package org.salestrack.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.salestrack.forecast.arima.ArimaModel;
import org.salestrack.forecast.baseline.NaiveModel;
import org.salestrack.forecast.ets.EtsModel;
import org.salestrack.forecast.ets.EtsSpec;

/**
 * 80% intervals must cover about 80% of future values of data simulated from the model itself. With 400
 * seeded replications the standard error of a coverage is 2 points; the tolerance is 6 points, so a
 * variance off by a factor of 1.5 or more fails.
 */
class IntervalCoverageTest {
    private static final int REPLICATIONS = 400;

    @Test
    void naiveIntervalsCoverRandomWalks() {
        double c = coverage(r -> randomWalk(r, 50), new NaiveModel(NaiveModel.Kind.NAIVE), 1, 3);
        assertThat(c).isCloseTo(0.8, within(0.06));
    }

    @Test
    void analyticEtsIntervalsCoverSimpleExponentialSmoothingData() {
        EtsModel ann = new EtsModel(List.of(EtsSpec.of("ANN", false)));
        assertThat(coverage(r -> ses(r, 80, 0.3, false), ann, 1, 1)).isCloseTo(0.8, within(0.06));
        assertThat(coverage(r -> ses(r, 80, 0.3, false), ann, 1, 6)).isCloseTo(0.8, within(0.06));
    }

    @Test
    void simulatedEtsIntervalsCoverMultiplicativeErrorData() {
        EtsModel mnn = new EtsModel(List.of(EtsSpec.of("MNN", false)));
        assertThat(coverage(r -> ses(r, 80, 0.3, true), mnn, 1, 4)).isCloseTo(0.8, within(0.06));
    }

    @Test
    void arimaIntervalsCoverAutoregressiveData() {
        ArimaModel ar1 = new ArimaModel(1, 0, 0, 0, 0, 0, true);
        assertThat(coverage(r -> ar1(r, 80, 0.6), ar1, 1, 2)).isCloseTo(0.8, within(0.06));
    }

    /** Share of replications whose value h steps past the fitted part falls inside the 80% band. */
    private static double coverage(Function<SplittableRandom, double[]> simulate, ForecastModel model, int m, int h) {
        SplittableRandom random = new SplittableRandom(20261125L + h);
        int inside = 0;
        for (int i = 0; i < REPLICATIONS; i++) {
            double[] y = simulate.apply(random);
            double[] train = java.util.Arrays.copyOf(y, y.length - h);
            Prediction p = model.fit(train, m).predict(h);
            double actual = y[y.length - 1];
            if (actual >= p.quantile(0.1)[h - 1] && actual <= p.quantile(0.9)[h - 1]) {
                inside++;
            }
        }
        return inside / (double) REPLICATIONS;
    }

    private static double gaussian(SplittableRandom r) {
        return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
    }

    private static double[] randomWalk(SplittableRandom r, int n) {
        double[] y = new double[n];
        for (int t = 1; t < n; t++) {
            y[t] = y[t - 1] + gaussian(r);
        }
        return y;
    }

    /** ETS(A,N,N) or ETS(M,N,N) with level 100 and sigma 1 (additive) or 0.05 (multiplicative). */
    private static double[] ses(SplittableRandom r, int n, double alpha, boolean multiplicative) {
        double[] y = new double[n];
        double level = 100;
        for (int t = 0; t < n; t++) {
            if (multiplicative) {
                double e = 0.05 * gaussian(r);
                y[t] = level * (1 + e);
                level = level * (1 + alpha * e);
            } else {
                double e = gaussian(r);
                y[t] = level + e;
                level = level + alpha * e;
            }
        }
        return y;
    }

    private static double[] ar1(SplittableRandom r, int n, double phi) {
        double[] y = new double[n];
        double x = gaussian(r) / Math.sqrt(1 - phi * phi);
        for (int t = 0; t < n; t++) {
            x = phi * x + gaussian(r);
            y[t] = 50 + x;
        }
        return y;
    }
}
