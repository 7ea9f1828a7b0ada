package org.salestrack.forecast.arima;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.salestrack.forecast.ClassicSeries;

/** Orders and estimates forecast::auto.arima and Arima print for classic series. */
class AutoArimaTest {

    @Test
    void wwwUsageIsArima111AsInR() {
        ArimaFit fit = new AutoArima().fit(ClassicSeries.WWW_USAGE, 1);
        assertThat(fit.name()).isEqualTo("ARIMA(1,1,1)");
    }

    @Test
    void wwwUsageArima111EstimatesMatchR() {
        // R: ar1 = 0.6504, ma1 = 0.5256, log likelihood = -254.15, AIC = 514.3
        ArimaFit fit = new ArimaModel(1, 1, 1, 0, 0, 0, false).fit(ClassicSeries.WWW_USAGE, 1);
        assertThat(fit.parameters().get("ar1")).isCloseTo(0.6504, within(0.002));
        assertThat(fit.parameters().get("ma1")).isCloseTo(0.5256, within(0.002));
        assertThat(fit.logLik()).isCloseTo(-254.15, within(0.02));
    }

    @Test
    void logAirPassengersIsTheAirlineModelAsInR() {
        ArimaFit fit = new AutoArima().fit(ClassicSeries.log(ClassicSeries.AIR_PASSENGERS), 12);
        assertThat(fit.name()).isEqualTo("ARIMA(0,1,1)(0,1,1)[12]");
    }

    @Test
    void kpssFindsOneDifferenceForWwwUsage() {
        // R: ndiffs(WWWusage) = 1; KPSS statistic with lag trunc(3 sqrt(100) / 13) = 2 is 0.7220
        assertThat(Differencing.kpss(ClassicSeries.WWW_USAGE)).isCloseTo(0.7220, within(0.0005));
        assertThat(Differencing.differences(ClassicSeries.WWW_USAGE, 2)).isEqualTo(1);
    }

    @Test
    void strongSeasonalityGetsOneSeasonalDifference() {
        assertThat(Differencing.seasonalDifferences(ClassicSeries.log(ClassicSeries.AIR_PASSENGERS), 12, 1)).isEqualTo(1);
    }

    @Test
    void aRandomWalkWithDriftForecastsAlongTheDrift() {
        double[] y = new double[60];
        java.util.SplittableRandom r = new java.util.SplittableRandom(7);
        for (int t = 1; t < y.length; t++) {
            y[t] = y[t - 1] + 2 + (r.nextDouble() - 0.5);
        }
        ArimaFit fit = new ArimaModel(0, 1, 0, 0, 0, 0, true).fit(y, 1);
        double drift = fit.parameters().get("drift");
        assertThat(drift).isCloseTo((y[59] - y[0]) / 59, within(1e-6));
        double[] mean = fit.predict(3).mean();
        assertThat(mean[2]).isCloseTo(y[59] + 3 * drift, within(1e-6));
    }
}
