package org.salestrack.forecast.ensemble;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.salestrack.forecast.ForecastRequest;
import org.salestrack.forecast.ForecastRunner;
import org.salestrack.forecast.SeriesForecast;
import org.salestrack.forecast.series.TimeSeries;
import org.salestrack.model.MasterProduct;

/**
 * Issue 19 #1, true parents: a phone SKU launched 14 months before the data ends (zeros before) borrows the
 * seasonality of its own product line (November peaks, its predecessor's Novembers included), not the level total's,
 * which the bigger line of June peaks dominates.
 */
class SeasonalParentsTest {
    static final List<MasterProduct> MASTER = SeasonalParentsTestData.MASTER;

    static List<TimeSeries> level() { return SeasonalParentsTestData.level(); }

    @Test
    void aSkuBorrowsFromItsLineAndANewLineFromItsCategory() {
        List<TimeSeries> level = level();
        Map<String, TimeSeries> parents = SeasonalParents.of(List.of("sku"), level, MASTER);

        TimeSeries star = parents.get("L-NEW");
        assertThat(star.id()).isEqualTo("L-NEW^series");
        assertThat(star.firstOrdinal()).isEqualTo(SeasonalParentsTestData.FIRST);
        double[] v = star.values();
        assertThat(v[30]).isEqualTo(level.get(0).values()[30] + level.get(1).values()[30]);
        // 畅享 is a line of 14 months: its category, 手机, lends (every phone summed)
        TimeSeries phones = parents.get("N-1");
        assertThat(phones.id()).isEqualTo("N-1^category");
        double all = 0;
        for (int i = 0; i < 5; i++) all += level.get(i).values()[35];
        assertThat(phones.values()[35]).isEqualTo(all);
        assertThat(parents.get("W-1").id()).isEqualTo("W-1^series");
        // at a level without a product dimension nothing is lent but the total
        assertThat(SeasonalParents.of(List.of("province"), level, MASTER)).isEmpty();
    }

    @Test
    void aShortSkuForecastWithItsLinesNovembersNotTheLevelTotalsJunes() {
        List<TimeSeries> level = level();
        ForecastRequest request = ForecastRequest.of(12, "auto");

        SeriesForecast withParents = new ForecastRunner(1).withParents(SeasonalParents.of(List.of("sku"), level, MASTER)).run(level, request).get(1);
        SeriesForecast before = new ForecastRunner(1).run(level, request).get(1);

        assertThat(withParents.seriesId()).isEqualTo("L-NEW");
        // fitted from its first sale, 2024-11: 14 months, short of three seasons, its line's seasonality borrowed
        assertThat(withParents.modelName()).startsWith("Short history 14/36: Borrowed seasonality");
        double[] f = withParents.steps().stream().mapToDouble(SeriesForecast.Step::mean).toArray();
        assertThat(withParents.steps().get(10).period()).isEqualTo("2026-11");
        double others = 0;
        for (int k = 0; k < 12; k++) if (k != 10 && k != 9 && k != 11) others += f[k] / 9;
        // November at about twice the plain months (2.0 / 0.85), June plain: the line's shape, not 青春's
        assertThat(f[10] / others).isBetween(2.0, 2.8);
        assertThat(f[5] / others).isBetween(0.85, 1.15);
        assertThat(f[10]).isBetween(120.0, 220.0);
        // before: the months before launch counted as sales of zero, the SKU read as intermittent and flat
        assertThat(before.modelName()).doesNotContain("Borrowed seasonality");
        double[] b = before.steps().stream().mapToDouble(SeriesForecast.Step::mean).toArray();
        assertThat(b[10] / b[5]).isLessThan(1.3);
    }
}
