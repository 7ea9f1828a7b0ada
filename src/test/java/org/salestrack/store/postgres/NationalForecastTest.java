package org.salestrack.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.forecast.ForecastRequest;
import org.salestrack.forecast.ForecastService;
import org.salestrack.forecast.SeriesForecast;
import org.salestrack.forecast.series.TimeSeries;
import org.salestrack.forecast.service.ForecastDesk;
import org.salestrack.forecast.service.SeriesHistory;
import org.salestrack.store.ForecastRuns;
import org.salestrack.store.Workspace;

/**
 * Forecasting on the national store: the monthly series (and their drivers) the forecast reads are the same on a
 * SQLite workspace and on the store holding the same data, a South China role reads her region's series only, and a
 * forecast runs end to end on the store, which keeps no runs.
 */
class NationalForecastTest {
    @TempDir
    static Path dir;

    static TwoRegions data;

    @BeforeAll
    static void sameDataInBothStores() throws Exception { data = TwoRegions.published(dir, "forecast", 41); }

    /** Each series as its id, first period and values, and its drivers' names and values. */
    private static List<String> loaded(Workspace ws, List<String> level, ForecastService.Measure measure) {
        ForecastService.LevelSeries l = new ForecastService(ws).loadWithDrivers(level, measure, 3);
        List<String> out = new ArrayList<>();
        for (TimeSeries t : l.series()) {
            var d = l.drivers().get(t.id());
            out.add(t.id() + " " + t.firstOrdinal() + " " + Arrays.toString(t.values()) + " " + d.names() + " " + Arrays.deepToString(d.values()));
        }
        return out;
    }

    private static List<String> desk(Workspace ws, List<String> level) {
        List<String> out = new ArrayList<>();
        for (SeriesHistory h : new ForecastDesk(ws).series(level, null, null)) {
            out.add(h.keys() + " " + h.units().firstOrdinal() + " " + Arrays.toString(h.units().values()) + " " + Arrays.toString(h.revenue()));
        }
        return out;
    }

    @Test
    void theSeriesTheForecastReadsAreTheSame() {
        for (List<String> level : List.of(List.<String>of(), List.of("region"), List.of("province", "category"), List.of("sku"))) {
            for (ForecastService.Measure m : ForecastService.Measure.values()) {
                assertThat(loaded(data.hq(), level, m)).as(level + " " + m).isNotEmpty().isEqualTo(loaded(data.local(), level, m));
            }
            assertThat(desk(data.hq(), level)).as(level.toString()).isNotEmpty().isEqualTo(desk(data.local(), level));
        }
        // two regions at HQ, and the South China analyst's series are her region's, as a workspace of the South files reads them
        assertThat(loaded(data.hq(), List.of("region"), ForecastService.Measure.UNITS)).hasSize(2);
        assertThat(loaded(data.south(), List.of("region"), ForecastService.Measure.UNITS)).hasSize(1)
                .isEqualTo(loaded(data.southLocal(), List.of("region"), ForecastService.Measure.UNITS));
        assertThat(loaded(data.south(), List.of(), ForecastService.Measure.REVENUE)).isEqualTo(loaded(data.southLocal(), List.of(), ForecastService.Measure.REVENUE));
    }

    @Test
    void aForecastRunsEndToEndOnTheStoreAndGivesTheWorkspacesNumbers() {
        List<String> level = List.of("region");
        ForecastRequest request = ForecastRequest.of(3, "snaive");
        ForecastService onStore = new ForecastService(data.hq());
        List<SeriesForecast> store = onStore.forecastAndSave(level, onStore.loadWithDrivers(level, ForecastService.Measure.UNITS, 3), request, 1);
        ForecastService onFile = new ForecastService(data.local());
        List<SeriesForecast> file = onFile.forecastAndSave(level, onFile.loadWithDrivers(level, ForecastService.Measure.UNITS, 3), request, 1);
        assertThat(store).hasSize(2);
        for (int i = 0; i < store.size(); i++) {
            assertThat(store.get(i).seriesId()).isEqualTo(file.get(i).seriesId());
            assertThat(store.get(i).steps()).hasSize(3).isEqualTo(file.get(i).steps());
            assertThat(store.get(i).steps().get(0).mean()).isPositive();
        }
        // the store keeps no runs; the workspace kept its own
        assertThat(new ForecastRuns(data.hq()).latest("region")).isEmpty();
        assertThat(new ForecastRuns(data.local()).latest("region")).hasSize(2);
        // the screen's comparison of models runs there too
        SeriesHistory first = new ForecastDesk(data.hq()).series(level, null, null).get(0);
        assertThat(new ForecastDesk(data.hq()).compare(first.units(), List.of("naive", "snaive"), 3, 2, org.salestrack.task.Cancellation.none()))
                .hasSize(2);
    }
}
