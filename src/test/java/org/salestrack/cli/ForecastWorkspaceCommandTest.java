package org.salestrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.ingest.IngestFixture;
import org.salestrack.model.StoredForecast;
import org.salestrack.store.ForecastRuns;
import org.salestrack.store.Workspace;

/** {@code forecast --workspace W --level ...}: series from the store, same outputs, runs kept. */
class ForecastWorkspaceCommandTest {
    @TempDir
    Path tmp;

    @Test
    void forecastsEachProvinceOfTheWorkspaceAndKeepsTheRuns() throws Exception {
        String ws = tmp.resolve("ws.db").toString();
        CliRunner.run("import", "--workspace", ws, "--profile", IngestFixture.resource("pos-profile.json").toString(),
                IngestFixture.resource("pos-good.csv").toString());
        Path out = tmp.resolve("f.csv");

        CliRunner r = CliRunner.run("forecast", "--workspace", ws, "--level", "province", "--horizon", "2", "--model", "naive",
                "--out", out.toString());

        assertThat(r.exit).as(r.err).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).isEqualTo("series_id,model,step,period,mean,p10,p50,p90");
        // the last sale is 2024-04-20, so April is partial and not fitted: 北京 and 广东 have complete months, 浙江 none
        assertThat(lines).hasSize(1 + 2 * 2);
        // 北京 sold 1 unit in March 2024, its last complete month: the naive forecast for April and May
        assertThat(lines.get(1)).startsWith("北京,Naive,1,2024-04,1,");
        List<StoredForecast> kept = new ForecastRuns(Workspace.open(Path.of(ws))).latest("province");
        assertThat(kept).extracting(StoredForecast::seriesKey).containsExactly("北京", "广东");
    }

    @Test
    void aFileOrAWorkspaceNotBoth() {
        CliRunner r = CliRunner.run("forecast", "--horizon", "2", "--out", tmp.resolve("f.csv").toString());
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.err).contains("give either --series FILE.csv or --workspace W");
    }
}
