package org.salestrack.forecast.ensemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.salestrack.forecast.ForecastRequest;
import org.salestrack.forecast.ForecastRunner;
import org.salestrack.forecast.SeriesForecast;
import org.salestrack.forecast.series.PeriodKind;
import org.salestrack.forecast.series.TimeSeries;
import org.salestrack.forecast.util.SeasonalProfile;

/**
 * Issue 19 #1: a seasonal series with fewer than two seasons. Today's auto fits the combination, whose members
 * cannot estimate seasonality there and forecast a flat line; the new auto chooses, by backtest, among what
 * the history can estimate, borrows seasonality from the level's total, and is checked against seasonal naive.
 */
class ShortHistoryAutoTest {
    /** Jan..Dec: Spring Festival dip, 618 and Double 11 peaks. */
    static final double[] SEASON = {0.9, 0.7, 0.95, 0.9, 1.0, 1.3, 0.9, 0.95, 1.0, 1.05, 1.6, 0.75};
    static final long JAN_2024 = PeriodKind.MONTH.ordinal("2024-01");

    static double[] seasonal(int n, double level, double slope, long firstOrdinal, double noise, long seed) {
        java.util.Random r = new java.util.Random(seed);
        double[] y = new double[n];
        for (int t = 0; t < n; t++) {
            y[t] = (level + slope * t) * SEASON[(int) Math.floorMod(firstOrdinal + t, 12L)] * (1 + noise * r.nextGaussian());
        }
        return y;
    }

    @Test
    void theProfileOfATrendingSeriesWithOneAndAHalfSeasonsIsItsSeasonality() {
        double[] y = seasonal(18, 1000, 15, JAN_2024, 0, 1);
        SeasonalProfile p = SeasonalProfile.estimate(y, JAN_2024, 12);
        double mean = java.util.Arrays.stream(SEASON).average().orElseThrow();
        for (int month = 0; month < 12; month++) {
            assertThat(p.factor(JAN_2024 + month)).as("month %d", month + 1).isCloseTo(SEASON[month] / mean, within(0.04));
        }
        assertThat(SeasonalProfile.estimate(new double[12], JAN_2024, 12)).isNull();
    }

    @Test
    void aShortSeasonalSeriesNoLongerGetsAFlatLineAndBeatsSeasonalNaiveOrSaysSo() {
        TimeSeries total = new TimeSeries("total", PeriodKind.MONTH, JAN_2024, seasonal(24, 5000, 40, JAN_2024, 0.03, 7), 12);
        ForecastRequest request = new ForecastRequest(6, List.of("auto", "snaive", "combo"), 6, 1, Selection.COMBINATION, null);
        List<SeriesForecast> r = new ForecastRunner(1).run(List.of(total), request);
        SeriesForecast auto = r.get(0);
        SeriesForecast snaive = r.get(1);
        SeriesForecast flat = r.get(2);
        // today's auto is the combination: on 18 points every member is non-seasonal and it loses to seasonal naive
        assertThat(flat.modelName()).doesNotContain("Short history");
        assertThat(flat.accuracy().mape()).isGreaterThan(snaive.accuracy().mape() * 1.5);
        assertThat(flat.versusNaive().worse()).isTrue();
        assertThat(flat.warning()).contains("combo backtests worse than seasonal naive");
        // the new auto knows the history is short and does at least as well as seasonal naive
        // (the backtest fits 18 months, short of two seasons; the final fit has 24, still short of three)
        assertThat(auto.accuracy().model()).startsWith("Short history 18/36");
        assertThat(flat.accuracy().model()).contains("ETS(M,N,N)");
        assertThat(auto.modelName()).startsWith("Short history 24/36");
        assertThat(auto.accuracy().mase()).isLessThanOrEqualTo(snaive.accuracy().mase() + 1e-9);
        assertThat(auto.versusNaive().naiveMase()).isCloseTo(snaive.accuracy().mase(), within(1e-9));
        assertThat(auto.versusNaive().worse()).isFalse();
        assertThat(auto.warning()).isNull();
        // the November forecast is a peak, not the flat line
        double nov = auto.steps().stream().filter(s -> s.period().equals("2026-05")).findFirst().orElseThrow().mean();
        assertThat(auto.steps().get(0).period()).isEqualTo("2026-01");
        assertThat(nov).isGreaterThan(auto.steps().get(0).mean());
    }

    @Test
    void aSkuOfTenMonthsBorrowsTheSeasonalityOfItsLevelAndForecastsTheDouble11Peak() {
        List<TimeSeries> level = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            level.add(new TimeSeries("sku" + k, PeriodKind.MONTH, JAN_2024, seasonal(24, 300 + 50 * k, 2, JAN_2024, 0.02, k), 12));
        }
        long launch = PeriodKind.MONTH.ordinal("2025-03");
        TimeSeries young = new TimeSeries("young", PeriodKind.MONTH, launch, seasonal(10, 400, 0, launch, 0.02, 99), 12);
        level.add(young);
        List<SeriesForecast> r = new ForecastRunner(1).run(level, ForecastRequest.of(3, "auto"));
        SeriesForecast f = r.get(4);
        assertThat(f.seriesId()).isEqualTo("young");
        assertThat(f.modelName()).contains("Borrowed seasonality");
        // history ends 2025-12: Jan 2026 .. Mar 2026; Feb is the Spring Festival month at 0.7 of Jan's 0.9
        assertThat(f.steps().get(1).mean() / f.steps().get(0).mean()).isCloseTo(0.7 / 0.9, within(0.06));
        // alone (no level to borrow from) ten months cannot say anything about February
        SeriesForecast alone = ForecastRunner.forecast(young, "auto", ForecastRequest.of(3, "auto"));
        assertThat(alone.modelName()).doesNotContain("Borrowed");
        assertThat(alone.steps().get(1).mean() / alone.steps().get(0).mean()).isCloseTo(1.0, within(0.02));
    }
}
