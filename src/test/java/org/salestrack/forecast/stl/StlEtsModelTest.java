package org.salestrack.forecast.stl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.salestrack.forecast.FittedModel;

class StlEtsModelTest {

    @Test
    void dailyDataWithTwoYearsGetsWeeklyAndYearlySeasons() {
        assertThat(StlEtsModel.periods(7, 800)).containsExactly(7, 365);
        assertThat(StlEtsModel.periods(7, 300)).containsExactly(7);
        assertThat(StlEtsModel.periods(52, 100)).isEmpty();
        assertThat(StlEtsModel.periods(52, 160)).containsExactly(52);
    }

    @Test
    void weeklyPatternOfDailySalesCarriesIntoTheForecast() {
        // store sales: weekends double, a slow yearly swing, noise
        double[] weekday = {1.0, 0.9, 0.9, 1.0, 1.2, 2.0, 2.0};
        SplittableRandom r = new SplittableRandom(3);
        int n = 800;
        double[] y = new double[n];
        for (int t = 0; t < n; t++) {
            y[t] = 100 * weekday[t % 7] + 20 * Math.sin(2 * Math.PI * t / 365.0) + 3 * (r.nextDouble() - 0.5);
        }
        FittedModel fit = new StlEtsModel().fit(y, 7);
        assertThat(fit.name()).startsWith("STL[7, 365]+ETS(");
        double[] f = fit.predict(14).mean();
        for (int i = 0; i < 14; i++) {
            double expected = 100 * weekday[(n + i) % 7] + 20 * Math.sin(2 * Math.PI * (n + i) / 365.0);
            assertThat(f[i]).as("step %d", i + 1).isCloseTo(expected, within(8.0));
        }
    }

    @Test
    void weeklySeriesWithA52WeekSeasonIsForecastSeasonally() {
        int n = 160;
        double[] y = new double[n];
        for (int t = 0; t < n; t++) {
            y[t] = 500 + 100 * Math.cos(2 * Math.PI * t / 52.0) + t;
        }
        double[] f = new StlEtsModel().fit(y, 52).predict(26).mean();
        // t = 160 is near the yearly peak (t = 156), t = 182 is the trough
        assertThat(f[0]).isCloseTo(500 + 100 * Math.cos(2 * Math.PI * 160 / 52.0) + 160, within(15.0));
        assertThat(f[22]).isCloseTo(500 - 100 + 182, within(15.0));
    }
}
