package org.salestrack.forecast.arima;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The Chandrasekhar-form filter gives the full Kalman filter's likelihood, innovations and final state. */
class ArmaLikelihoodTest {

    @Test
    void chandrasekharFilterAgreesWithTheFullKalmanFilterOnSeasonalModels() {
        SplittableRandom random = new SplittableRandom(11);
        int compared = 0;
        for (int trial = 0; trial < 400; trial++) {
            int m = trial % 3 == 0 ? 4 : 12;
            // coefficients drawn through the PACF map are stationary; MA drawn the same way is invertible
            double[] ar = ArmaPolynomials.fromPacf(draw(random, random.nextInt(3)));
            double[] ma = ArmaPolynomials.fromPacf(draw(random, random.nextInt(3)));
            double[] sar = ArmaPolynomials.fromPacf(draw(random, random.nextInt(2)));
            double[] sma = ArmaPolynomials.fromPacf(draw(random, random.nextInt(2)));
            if (trial % 5 == 0 && sma.length > 0) {
                sma[0] = -0.995; // near the unit circle: the filter converges slowly
            }
            double[] phi = ArmaPolynomials.expandAr(ar, sar, m);
            double[] theta = ArmaPolynomials.expandMa(ma, sma, m);
            double[] w = new double[20 + random.nextInt(150)];
            for (int t = 0; t < w.length; t++) {
                w[t] = random.nextDouble() * 4 - 2 + (t > 0 ? 0.5 * w[t - 1] : 0);
            }
            ArmaLikelihood.Exact fast = ArmaLikelihood.exact(w, phi, theta);
            ArmaLikelihood.Exact full = KalmanReference.exact(w, phi, theta);
            if (!Double.isFinite(full.objective())) {
                assertThat(fast.objective()).isNaN();
                continue;
            }
            compared++;
            assertThat(fast.sumSquares()).isCloseTo(full.sumSquares(), within(1e-9 * full.sumSquares()));
            assertThat(fast.sumLogF()).isCloseTo(full.sumLogF(), within(1e-9 * (1 + Math.abs(full.sumLogF()))));
            for (int t = 0; t < w.length; t++) {
                assertThat(fast.innovations()[t]).isCloseTo(full.innovations()[t], within(1e-9));
            }
            for (int i = 0; i < full.filteredState().length; i++) {
                assertThat(fast.filteredState()[i]).isCloseTo(full.filteredState()[i], within(1e-9));
            }
        }
        assertThat(compared).isGreaterThan(300);
    }

    private static double[] draw(SplittableRandom random, int count) {
        double[] raw = new double[count];
        for (int i = 0; i < count; i++) {
            raw[i] = random.nextDouble() * 3 - 1.5;
        }
        return raw;
    }
}
