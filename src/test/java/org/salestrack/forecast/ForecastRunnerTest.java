package org.salestrack.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.salestrack.forecast.series.PeriodKind;
import org.salestrack.forecast.series.TimeSeries;

class ForecastRunnerTest {
    private final List<TimeSeries> series = new ArrayList<>();

    ForecastRunnerTest() {
        for (int k = 0; k < 6; k++) {
            double[] y = new double[24];
            for (int t = 0; t < y.length; t++) {
                y[t] = 10 * (k + 1) + t;
            }
            series.add(new TimeSeries("s" + k, PeriodKind.MONTH, PeriodKind.MONTH.ordinal("2023-01"), y, 12));
        }
    }

    @Test
    void resultsKeepInputOrderWithOneEntryPerModelAndReportProgress() {
        AtomicInteger done = new AtomicInteger();
        List<SeriesForecast> r = new ForecastRunner(2).run(series,
                new ForecastRequest(3, List.of("naive", "drift"), 4, 1, null, null), done::set, () -> false);
        assertThat(r).extracting(SeriesForecast::seriesId).containsExactly("s0", "s0", "s1", "s1", "s2", "s2",
                "s3", "s3", "s4", "s4", "s5", "s5");
        assertThat(r).extracting(SeriesForecast::modelKey).startsWith("naive", "drift");
        assertThat(r.get(1).steps().get(0).period()).isEqualTo("2025-01");
        assertThat(r.get(1).accuracy().rmse()).isLessThan(1e-9);
        assertThat(done.get()).isEqualTo(6);
    }

    @Test
    void aCancelledRunStops() {
        assertThatThrownBy(() -> new ForecastRunner(2).run(series,
                new ForecastRequest(3, List.of("naive"), 0, 1, null, null), d -> { }, () -> true))
                .isInstanceOf(CancellationException.class);
    }

    @Test
    void aModelThatCannotFitFallsBackToNaiveWithAWarning() {
        TimeSeries negative = new TimeSeries("neg", PeriodKind.YEAR, 2020, new double[] {3, -1, 2, 0, -4}, 1);
        SeriesForecast f = ForecastRunner.forecast(negative, "croston", new ForecastRequest(2, List.of("croston"), 0, 1, null, null));
        assertThat(f.modelName()).isEqualTo("Naive");
        assertThat(f.warning()).contains("series neg: croston failed (intermittent-demand methods need non-negative");
    }
}
