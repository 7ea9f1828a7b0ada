package org.salestrack.forecast.ets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.salestrack.forecast.ClassicSeries;
import org.salestrack.forecast.Prediction;

/**
 * R forecast 8.20: ets(WWWusage) is ETS(A,Ad,N), alpha 0.9999, beta 0.9966, phi 0.8150, AICc 718.6342;
 * forecast(fit, 2) gives 218.3663 [80%: 213.8856, 222.8471] and 217.0351 [207.7611, 226.3090].
 */
class EtsWwwUsageTest {
    private static final EtsFit FIT = new EtsModel().fit(ClassicSeries.WWW_USAGE, 1);

    @Test
    void selectsTheDampedAdditiveTrendAsR() {
        assertThat(FIT.name()).isEqualTo("ETS(A,Ad,N)");
        assertThat(FIT.aicc()).isCloseTo(718.6342, within(0.05));
        assertThat(FIT.parameters().get("phi")).isCloseTo(0.8150, within(0.005));
    }

    @Test
    void forecastsAndAnalyticIntervalsMatchR() {
        Prediction p = FIT.predict(2);
        assertThat(p.mean()[0]).isCloseTo(218.3663, within(0.05));
        assertThat(p.mean()[1]).isCloseTo(217.0351, within(0.1));
        assertThat(p.quantile(0.1)[0]).isCloseTo(213.8856, within(0.05));
        assertThat(p.quantile(0.9)[1]).isCloseTo(226.3090, within(0.15));
    }
}
