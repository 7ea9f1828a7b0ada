package org.salestrack.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.forecast.ensemble.Selection;
import org.salestrack.forecast.series.TimeSeries;
import org.salestrack.ingest.IngestFixture;
import org.salestrack.model.StoredForecast;

class ForecastServiceTest {
    @TempDir
    Path tmp;

    @Test
    void forecastsWorkspaceSeriesAndKeepsTheRuns() throws Exception {
        IngestFixture fx = new IngestFixture(tmp);
        fx.importFile(IngestFixture.resource("pos-good.csv"), IngestFixture.profile("pos-profile.json"));
        ForecastService service = new ForecastService(fx.workspace);

        List<TimeSeries> series = service.load(List.of("province"), ForecastService.Measure.UNITS, null, null);
        service.forecastAndSave(List.of("province"), series,
                new ForecastRequest(3, List.of("naive"), 0, 1, Selection.COMBINATION, true), 1);

        List<StoredForecast> stored = service.latest(List.of("province"));
        // the last sale is 2024-04-20: April is partial and not fitted, so 浙江 (sales in April only) has no series yet
        assertThat(stored).extracting(StoredForecast::seriesKey).containsExactly("北京", "广东");
        StoredForecast beijing = stored.get(0);
        assertThat(beijing.level()).isEqualTo("province");
        assertThat(beijing.points()).hasSize(3);
        // naive: the last complete month's units (March: 1) carried forward, from April
        assertThat(beijing.points().get(0).period()).isEqualTo("2024-04");
        assertThat(beijing.points()).allSatisfy(p -> assertThat(p.mean()).isEqualTo(1.0));
        assertThat(beijing.points().get(2).p10()).isGreaterThanOrEqualTo(0.0);
    }
}
