package org.salestrack.forecast.theta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.salestrack.forecast.ClassicSeries;
import org.salestrack.forecast.FittedModel;

class ThetaModelTest {

    @Test
    void onAStraightLineThetaAddsHalfTheSlopePerStep() {
        // SES tracks the line (alpha at its upper bound) and thetaf adds drift b/2 per step: y_n + h/2
        double[] line = new double[20];
        for (int t = 0; t < line.length; t++) {
            line[t] = t + 1;
        }
        FittedModel fit = new ThetaModel().fit(line, 1);
        assertThat(fit.parameters().get("drift")).isCloseTo(0.5, within(1e-12));
        double[] f = fit.predict(4).mean();
        assertThat(f[0]).isCloseTo(20.5, within(0.01));
        assertThat(f[3]).isCloseTo(22.0, within(0.01));
    }

    @Test
    void seasonalSeriesAreAdjustedFirst() {
        FittedModel fit = new ThetaModel().fit(ClassicSeries.AIR_PASSENGERS, 12);
        assertThat(fit.name()).isEqualTo("Theta (seasonally adjusted)");
        double[] f = fit.predict(12).mean();
        // the July peak and November trough of the airline data survive in the forecast
        assertThat(f[6]).isGreaterThan(f[10] * 1.2);
    }

    @Test
    void airPassengersForecastsMatchRsThetaf() {
        // R forecast 8.20: thetaf(AirPassengers, h = 3)$mean = 440.0782 428.3843 489.7071
        double[] f = new ThetaModel().fit(ClassicSeries.AIR_PASSENGERS, 12).predict(3).mean();
        assertThat(f[0]).isCloseTo(440.0782, within(0.01));
        assertThat(f[1]).isCloseTo(428.3843, within(0.01));
        assertThat(f[2]).isCloseTo(489.7071, within(0.01));
    }

    @Test
    void nonSeasonalDataIsNotAdjusted() {
        assertThat(new ThetaModel().fit(ClassicSeries.WWW_USAGE, 12).name()).isEqualTo("Theta");
    }
}
