package org.salestrack.forecast.ets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.salestrack.forecast.ClassicSeries;

/**
 * forecast::ets(AirPassengers) in R prints ETS(M,Ad,M) with alpha = 0.7096, beta = 0.0204,
 * gamma = 1e-04, phi = 0.98, AIC = 1395.166, AICc = 1400.638, BIC = 1448.623.
 */
class EtsAirPassengersTest {
    private static final EtsFit fit = new EtsModel().fit(ClassicSeries.AIR_PASSENGERS, 12);

    @Test
    void selectsTheSameModelAsR() {
        assertThat(fit.name()).isEqualTo("ETS(M,Ad,M)");
    }

    @Test
    void parametersMatchR() {
        assertThat(fit.parameters().get("alpha")).isCloseTo(0.7096, within(0.002));
        assertThat(fit.parameters().get("beta")).isCloseTo(0.0204, within(0.001));
        assertThat(fit.parameters().get("gamma")).isCloseTo(0.0001, within(0.0005));
        assertThat(fit.parameters().get("phi")).isCloseTo(0.98, within(0.001));
    }

    @Test
    void informationCriteriaMatchR() {
        assertThat(fit.aic()).isCloseTo(1395.166, within(0.05));
        assertThat(fit.aicc()).isCloseTo(1400.638, within(0.05));
        // forecast's loglik = -0.5 * (n log SSE + 2 sum log|yhat|) = -(AIC - 2 * 18) / 2
        assertThat(fit.logLik()).isCloseTo(-(1395.166 - 36) / 2, within(0.03));
    }

    @Test
    void fittedValuesTrackTheSeries() {
        double[] f = fit.fitted();
        assertThat(f).hasSize(144);
        assertThat(f[143]).isCloseTo(432, within(432 * 0.1));
    }
}
