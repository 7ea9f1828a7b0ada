package org.salestrack.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.forecast.tracking.AlertPolicy;
import org.salestrack.ingest.IngestFixture;
import org.salestrack.model.Alert;
import org.salestrack.model.ForecastPoint;
import org.salestrack.model.StoredForecast;
import org.salestrack.store.Alerts;
import org.salestrack.store.ForecastRuns;

class ForecastTrackingServiceTest {
    @TempDir
    Path tmp;

    @Test
    void aCompleteMonthFarBelowItsForecastRaisesOneAlertAndRecordsTheActual() throws Exception {
        IngestFixture fx = new IngestFixture(tmp);
        fx.importFile(IngestFixture.resource("pos-good.csv"), IngestFixture.profile("pos-profile.json"));
        ForecastRuns runs = new ForecastRuns(fx.workspace);
        runs.save(List.of(new StoredForecast(0, null, "province", "北京", "naive", "{\"modelKey\":\"naive\"}", 2, 12, null, List.of(
                new ForecastPoint(1, "2024-03", 10, 8.0, 10.0, 12.0, null),
                new ForecastPoint(2, "2024-04", 3, 2.0, 3.0, 4.0, null)))));
        ForecastTrackingService service = new ForecastTrackingService(fx.workspace, AlertPolicy.DEFAULT);

        ForecastTrackingService.Outcome first = service.afterImport(false, 1);
        ForecastTrackingService.Outcome again = service.afterImport(false, 1);

        // the last sale is 2024-04-20, so only March is complete: 1 unit sold in 北京 against 10 forecast
        assertThat(first).isEqualTo(new ForecastTrackingService.Outcome(1, 1, 0));
        assertThat(again.alertsRaised()).isZero();
        List<Alert> alerts = new Alerts(fx.workspace).list("open");
        assertThat(alerts).singleElement().satisfies(a -> {
            assertThat(a.subject()).isEqualTo("forecast:province:北京:2024-03");
            assertThat(a.message()).contains("sold 1 against a forecast of 10").contains("-90%");
        });
        StoredForecast stored = runs.latest("province").get(0);
        assertThat(stored.points().get(0).actual()).isEqualTo(1.0);
        assertThat(stored.points().get(1).actual()).isNull();
    }

    @Test
    void refittingKeepsANewRunPerSeries() throws Exception {
        IngestFixture fx = new IngestFixture(tmp);
        fx.importFile(IngestFixture.resource("pos-good.csv"), IngestFixture.profile("pos-profile.json"));
        ForecastRuns runs = new ForecastRuns(fx.workspace);
        runs.save(List.of(new StoredForecast(0, null, "", "total", "naive", "{\"modelKey\":\"naive\"}", 2, 12, null, List.of(
                new ForecastPoint(1, "2024-03", 4, 3.0, 4.0, 5.0, null)))));

        ForecastTrackingService.Outcome o = new ForecastTrackingService(fx.workspace, AlertPolicy.DEFAULT).afterImport(true, 1);

        assertThat(o.seriesRefit()).isEqualTo(1);
        StoredForecast latest = runs.latest("").get(0);
        // refit on complete months only (up to March: 4 units), naive carries March forward from April
        assertThat(latest.points()).extracting(ForecastPoint::period).containsExactly("2024-04", "2024-05");
        assertThat(latest.points().get(0).mean()).isEqualTo(4.0);
    }

    @Test
    void theLastDayOfAMonthCompletesIt() {
        assertThat(ForecastTrackingService.lastCompleteMonth(LocalDate.of(2024, 4, 30))).isEqualTo("2024-04");
        assertThat(ForecastTrackingService.lastCompleteMonth(LocalDate.of(2024, 4, 29))).isEqualTo("2024-03");
    }
}
