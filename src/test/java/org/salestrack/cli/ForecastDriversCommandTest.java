package org.salestrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19 #3: {@code forecast --series} with driver columns. A promo column lifts sales by 1.6 in the rows
 * where it is 1; rows after the last value with value empty plan the promo for the horizon.
 */
class ForecastDriversCommandTest {
    static final int N = 36;
    static final int H = 6;

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return SalesTrackCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    /** 12 SKUs from 2023-01; every SKU has its promo planned in the horizon's 3rd month (2026-03) only. */
    private Path file(int futureRowsOfSku3) throws Exception {
        Random r = new Random(5);
        List<String> lines = new ArrayList<>(List.of("series_id,period,value,price,promo"));
        for (int k = 0; k < 12; k++) {
            double size = 100 + 300 * r.nextDouble();
            for (int t = 0; t < N + H; t++) {
                boolean future = t >= N;
                if (k == 3 && t >= N + futureRowsOfSku3) break;
                int promo = future ? (t == N + 2 ? 1 : 0) : (r.nextDouble() < 0.25 ? 1 : 0);
                double season = t % 12 == 10 ? 1.4 : 1.0;
                long value = Math.round(size * season * (promo == 1 ? 1.6 : 1.0) * (1 + 0.04 * r.nextGaussian()));
                String period = String.format("%d-%02d", 2023 + t / 12, t % 12 + 1);
                lines.add("SKU" + k + "," + period + "," + (future ? "" : value) + ",1999," + promo);
            }
        }
        Path f = dir.resolve("drivers.csv");
        Files.write(f, lines);
        return f;
    }

    @Test
    void aPlannedPromotionLiftsTheGlobalForecastAndAutoIsCheckedAgainstSeasonalNaive() throws Exception {
        int code = run("forecast", "--series", file(H).toString(), "--horizon", "6", "--model", "global,auto", "--json", "--threads", "1",
                "--out", dir.resolve("f.csv").toString());
        assertThat(code).as(err.toString()).isZero();
        JsonNode root = new ObjectMapper().readTree(out.toString());
        JsonNode series = root.get("series");
        assertThat(series).hasSize(24);
        double lift = 0;
        for (int k = 0; k < 12; k++) {
            JsonNode global = series.get(2 * k);
            assertThat(global.get("model_key").asText()).isEqualTo("global");
            assertThat(global.get("model").asText()).isEqualTo("Global boosted trees (XGBoost)");
            JsonNode f = global.get("forecast");
            assertThat(f.get(2).get("period").asText()).isEqualTo("2026-03");
            lift += f.get(2).get("mean").asDouble() / ((f.get(1).get("mean").asDouble() + f.get(3).get("mean").asDouble()) / 2);
            for (JsonNode step : f) assertThat(step.get("p10").asDouble()).isGreaterThanOrEqualTo(0).isLessThanOrEqualTo(step.get("mean").asDouble());
            JsonNode auto = series.get(2 * k + 1);
            assertThat(auto.get("model_key").asText()).isEqualTo("auto");
            JsonNode vs = auto.get("versus_seasonal_naive");
            assertThat(vs.get("holdout").asInt()).isEqualTo(6);
            assertThat(vs.get("naive_mase").asDouble()).isPositive();
            assertThat(vs.get("worse").asBoolean()).isEqualTo(vs.get("mase").asDouble() > vs.get("naive_mase").asDouble());
        }
        // the planted lift is 1.6: the trees learned it across the 12 SKUs and applied it to the planned month
        assertThat(lift / 12).isBetween(1.3, 1.9);
    }

    @Test
    void driversThatStopShortOfTheHorizonAreRejectedNamingTheSeries() throws Exception {
        int code = run("forecast", "--series", file(2).toString(), "--horizon", "6", "--model", "auto", "--out", dir.resolve("f.csv").toString());
        assertThat(code).isEqualTo(ExitCodes.REJECTED);
        assertThat(err.toString()).contains("series SKU3").contains("cover 2 period(s) after its last value (2025-12)")
                .contains("--horizon 6 needs 6 rows with value empty");
    }

    @Test
    void aDriverThatIsNotANumberNamesRowAndColumn() throws Exception {
        Path f = dir.resolve("bad.csv");
        Files.write(f, List.of("series_id,period,value,price", "a,2025-01,10,1999", "a,2025-02,12,cheap"));
        int code = run("forecast", "--series", f.toString(), "--horizon", "1", "--out", dir.resolve("f.csv").toString());
        assertThat(code).isEqualTo(ExitCodes.REJECTED);
        assertThat(err.toString()).contains("row 3").contains("price").contains("cheap").contains("not a number");
    }
}
