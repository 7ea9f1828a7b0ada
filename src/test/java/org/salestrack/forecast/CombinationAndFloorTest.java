package org.salestrack.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.salestrack.forecast.baseline.NaiveModel;
import org.salestrack.forecast.ensemble.CombinationModel;
import org.salestrack.forecast.series.PeriodKind;
import org.salestrack.forecast.series.TimeSeries;

class CombinationAndFloorTest {
    private final double[] y = {10, 12, 11, 13, 12, 14, 13, 15};

    @Test
    void combinationAveragesItsMembersMeansAndQuantiles() {
        ForecastModel naive = new NaiveModel(NaiveModel.Kind.NAIVE);
        ForecastModel drift = new NaiveModel(NaiveModel.Kind.DRIFT);
        FittedModel combo = new CombinationModel(List.of(naive, drift)).fit(y, 1);
        Prediction a = naive.fit(y, 1).predict(3);
        Prediction b = drift.fit(y, 1).predict(3);
        Prediction c = combo.predict(3);
        for (int i = 0; i < 3; i++) {
            assertThat(c.mean()[i]).isCloseTo((a.mean()[i] + b.mean()[i]) / 2, within(1e-12));
            assertThat(c.quantile(0.9)[i]).isCloseTo((a.quantile(0.9)[i] + b.quantile(0.9)[i]) / 2, within(1e-12));
        }
        assertThat(combo.name()).isEqualTo("Combination(Naive, Random walk with drift)");
        assertThat(combo.parameters()).containsKey("Random walk with drift.drift");
    }

    @Test
    void unitCountsAreNeverForecastBelowZero() {
        double[] falling = {9, 7, 6, 4, 3, 1, 1, 0};
        TimeSeries s = new TimeSeries("sku-1", PeriodKind.MONTH, PeriodKind.MONTH.ordinal("2025-01"), falling, 12);
        SeriesForecast f = ForecastRunner.forecast(s, "drift", new ForecastRequest(6, List.of("drift"), 0, 1, null, null));
        assertThat(f.steps()).allSatisfy(step -> {
            assertThat(step.mean()).isGreaterThanOrEqualTo(0);
            assertThat(step.p10()).isGreaterThanOrEqualTo(0);
        });
        assertThat(f.steps().get(0).period()).isEqualTo("2025-09");
        assertThat(f.steps().get(5).mean()).isZero();
    }

    @Test
    void seriesWithNegativeValuesAreNotFloored() {
        double[] balance = {3, 1, -2, -4, -5, -8};
        TimeSeries s = new TimeSeries("net", PeriodKind.YEAR, 2019, balance, 1);
        SeriesForecast f = ForecastRunner.forecast(s, "drift", new ForecastRequest(2, List.of("drift"), 0, 1, null, null));
        assertThat(f.steps().get(1).mean()).isCloseTo(-8 - 2 * 11 / 5.0, within(1e-9));
        assertThat(f.steps().get(1).period()).isEqualTo("2026");
    }
}
