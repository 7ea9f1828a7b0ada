package org.salestrack.forecast.arima;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.salestrack.forecast.ClassicSeries;
import org.salestrack.forecast.Prediction;

/**
 * The airline model of Box and Jenkins on log AirPassengers; R 4.x, arima(log(AirPassengers),
 * c(0,1,1), seasonal = c(0,1,1)) prints ma1 = -0.4018, sma1 = -0.5569, sigma^2 = 0.001348,
 * log likelihood = 244.7, aic = -483.4.
 */
class AirlineModelTest {
    private static final double[] logAir = ClassicSeries.log(ClassicSeries.AIR_PASSENGERS);
    private static final ArimaFit fit = new ArimaModel(0, 1, 1, 0, 1, 1, false).fit(logAir, 12);

    @Test
    void coefficientsMatchR() {
        assertThat(fit.name()).isEqualTo("ARIMA(0,1,1)(0,1,1)[12]");
        assertThat(fit.parameters().get("ma1")).isCloseTo(-0.4018, within(0.002));
        assertThat(fit.parameters().get("sma1")).isCloseTo(-0.5569, within(0.002));
    }

    @Test
    void likelihoodAndVarianceMatchR() {
        assertThat(fit.sigma2()).isCloseTo(0.001348, within(0.00001));
        assertThat(fit.logLik()).isCloseTo(244.70, within(0.05));
        assertThat(fit.aic()).isCloseTo(-483.40, within(0.1));
    }

    @Test
    void forecastsMatchRsPredict() {
        // R: exp(predict(fit, 12)$pred)[c(1, 12)] = 450.4224, 477.2426; forecast::Arima widens the
        // one-step se sqrt(0.001348) by its degrees-of-freedom correction 131 / (131 - 3 + 1)
        Prediction p = fit.predict(12);
        assertThat(Math.exp(p.mean()[0])).isCloseTo(450.42, within(0.5));
        assertThat(Math.exp(p.mean()[11])).isCloseTo(477.24, within(0.5));
        double se1 = (p.quantile(0.975)[0] - p.mean()[0]) / 1.959964;
        assertThat(se1).isCloseTo(Math.sqrt(0.0013481 * 131 / 129), within(0.0002));
    }
}
