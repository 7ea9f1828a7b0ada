package org.salestrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.forecast.ClassicSeries;

class ForecastCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return SalesTrackCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private Path airPassengers() throws Exception {
        StringBuilder sb = new StringBuilder("series_id,period,value\n");
        double[] y = ClassicSeries.AIR_PASSENGERS;
        for (int t = 0; t < y.length; t++) {
            sb.append(String.format("air,%d-%02d,%.0f%n", 1949 + t / 12, t % 12 + 1, y[t]));
        }
        Path f = dir.resolve("air.csv");
        Files.writeString(f, sb);
        return f;
    }

    @Test
    void writesForecastRowsWithPeriodsAndQuantiles() throws Exception {
        Path outFile = dir.resolve("f.csv");
        int code = run("forecast", "--series", airPassengers().toString(), "--horizon", "12", "--model", "ets,snaive",
                "--out", outFile.toString());
        assertThat(code).as(err.toString()).isZero();
        List<String> lines = Files.readAllLines(outFile);
        assertThat(lines.get(0)).isEqualTo("series_id,model,step,period,mean,p10,p50,p90");
        assertThat(lines).hasSize(1 + 24);
        assertThat(lines.get(1)).startsWith("air,\"ETS(M,Ad,M)\",1,1961-01,");
        assertThat(lines.get(13)).startsWith("air,Seasonal naive[12],1,1961-01,417,");
        String[] f = lines.get(1).split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");
        double p10 = Double.parseDouble(f[5]);
        double p50 = Double.parseDouble(f[6]);
        double p90 = Double.parseDouble(f[7]);
        assertThat(p10).isLessThan(p50);
        assertThat(p50).isLessThan(p90);
    }

    @Test
    void holdoutWritesAccuracyPerSeriesAndModel() throws Exception {
        Path outFile = dir.resolve("f.csv");
        Path acc = dir.resolve("a.csv");
        int code = run("forecast", "--series", airPassengers().toString(), "--horizon", "6", "--holdout", "12",
                "--model", "snaive,naive", "--out", outFile.toString(), "--accuracy", acc.toString());
        assertThat(code).as(err.toString()).isZero();
        List<String> lines = Files.readAllLines(acc);
        assertThat(lines.get(0)).isEqualTo("series_id,model,mape,smape,rmse,mase,coverage80");
        assertThat(lines).hasSize(3);
        // seasonal naive on the last year: 1959 repeated for 1960; MASE uses the in-sample seasonal naive scale
        assertThat(lines.get(1)).startsWith("air,Seasonal naive[12],");
    }

    @Test
    void rollingOriginAccuracyAveragesOverOrigins() throws Exception {
        Path acc = dir.resolve("a.csv");
        int code = run("forecast", "--series", airPassengers().toString(), "--horizon", "1", "--holdout", "1",
                "--origins", "3", "--model", "naive", "--out", dir.resolve("f.csv").toString(), "--accuracy", acc.toString());
        assertThat(code).as(err.toString()).isZero();
        // one-step naive errors at the last three origins: |432-390| = 42, |390-461| = 71, |461-508| = 47
        String[] f = Files.readAllLines(acc).get(1).split(",");
        assertThat(Double.parseDouble(f[4])).isCloseTo((42 + 71 + 47) / 3.0, org.assertj.core.api.Assertions.within(1e-3));
    }

    @Test
    void jsonCarriesModelParametersAndForecasts() throws Exception {
        int code = run("forecast", "--series", airPassengers().toString(), "--horizon", "3", "--model", "theta",
                "--out", dir.resolve("f.csv").toString(), "--json");
        assertThat(code).isZero();
        JsonNode root = new ObjectMapper().readTree(out.toString());
        JsonNode s = root.get("series").get(0);
        assertThat(s.get("model").asText()).isEqualTo("Theta (seasonally adjusted)");
        assertThat(s.get("parameters").get("alpha").asDouble()).isBetween(0.0, 1.0);
        assertThat(s.get("forecast")).hasSize(3);
        assertThat(s.get("forecast").get(2).get("period").asText()).isEqualTo("1961-03");
    }

    @Test
    void badInputIsRejectedWithRowAndColumn() throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "series_id,period,value\na,2024-01,1\na,2024-02,\n");
        int code = run("forecast", "--series", bad.toString(), "--horizon", "3", "--out", dir.resolve("f.csv").toString());
        assertThat(code).isEqualTo(ExitCodes.REJECTED);
        assertThat(err.toString()).contains("bad.csv: row 3, column value, value '': missing value");
        assertThat(dir.resolve("f.csv")).doesNotExist();
    }

    @Test
    void unknownModelIsAUsageError() throws Exception {
        int code = run("forecast", "--series", airPassengers().toString(), "--horizon", "3", "--model", "prophet",
                "--out", dir.resolve("f.csv").toString());
        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("unknown model 'prophet'");
    }

    @Test
    void missingFileIsReported() {
        int code = run("forecast", "--series", dir.resolve("nope.csv").toString(), "--horizon", "3",
                "--out", dir.resolve("f.csv").toString());
        assertThat(code).isEqualTo(ExitCodes.REJECTED);
        assertThat(err.toString()).contains("nope.csv: row 0: file not found");
    }
}
