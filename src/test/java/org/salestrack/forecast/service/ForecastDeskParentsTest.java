package org.salestrack.forecast.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.salestrack.forecast.ForecastRequest;
import org.salestrack.forecast.ForecastRunner;
import org.salestrack.forecast.SeriesForecast;
import org.salestrack.forecast.ensemble.SeasonalParents;
import org.salestrack.forecast.ensemble.SeasonalParentsTestData;
import org.salestrack.forecast.series.TimeSeries;
import org.salestrack.task.Cancellation;

/**
 * Issue 19 #1 on the Forecast screen: at a SKU level the desk forecasts a young SKU the way
 * {@code forecast --workspace} does — from its first sale, borrowing its line's seasonality from the product
 * master — not with the months before its launch counted as sales of zero and the level total lending.
 */
class ForecastDeskParentsTest {
    @Test
    void aYoungSkuIsFittedFromItsFirstSaleWithItsParentAsTheCommandLineDoes() {
        List<TimeSeries> level = SeasonalParentsTestData.level();
        Map<String, TimeSeries> parents = SeasonalParents.of(List.of("sku"), level, SeasonalParentsTestData.MASTER);
        TimeSeries young = level.get(1);
        assertThat(young.id()).isEqualTo("L-NEW");

        ModelRun screen = ForecastDesk.compareFromFirstSale(young, level, parents, List.of("auto"), 12, 0, Cancellation.none()).get(0);

        // the command line's path, computed apart: the runner with the same parents over the level
        SeriesForecast cli = new ForecastRunner(1).withParents(parents).run(level, ForecastRequest.of(12, "auto")).get(1);
        assertThat(screen.name()).isEqualTo(cli.modelName()).startsWith("Short history 14/36: Borrowed seasonality");
        assertThat(screen.mean()).containsExactly(cli.steps().stream().mapToDouble(SeriesForecast.Step::mean).toArray());
        // the line's Novembers: about twice the plain months
        double[] f = screen.mean();
        double plain = 0;
        for (int k = 0; k < 12; k++) if (k < 9) plain += f[k] / 9;
        assertThat(f[10] / plain).isBetween(2.0, 2.8);
        // the chart's fitted line: the whole history long, nothing before the first sale (month 22)
        assertThat(screen.fitted()).hasSize(36);
        for (int k = 0; k < 22; k++) assertThat(screen.fitted()[k]).isNaN();
        assertThat(screen.fitted()[30]).isPositive();
    }
}
