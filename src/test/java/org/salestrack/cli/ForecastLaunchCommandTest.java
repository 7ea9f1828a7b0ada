package org.salestrack.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.ingest.FileOutcome;
import org.salestrack.ui.LaunchFixture;
import org.salestrack.ui.LaunchFixture.Product;
import org.salestrack.ui.TestWorkspace;

/**
 * Issue 19 #3 in {@code forecast --workspace}: auto forecasts a SKU that launched under three months before the data
 * ends, and one the master launches after it, from their predecessors' launch curves; the JSON keys are the
 * contract's, the method is named in {@code model} and its figures in {@code parameters}.
 */
class ForecastLaunchCommandTest {
    @TempDir
    Path tmp;

    /** The analogues' units at months since launch k, scaled by (price / its price)^-1.5, averaged: worked from the fixture. */
    static double analogy(int k, int price, Product... analogues) {
        double s = 0;
        for (Product a : analogues) s += a.sold()[k] * Math.pow(price / (double) a.price(), -1.5);
        return s / analogues.length;
    }

    @Test
    void aSkuLaunchedTwoMonthsAgoAndOneNotLaunchedAreForecastFromTheirPredecessors() throws Exception {
        TestWorkspace ws = TestWorkspace.create(tmp, false);
        for (FileOutcome f : LaunchFixture.importInto(ws, tmp)) assertThat(f.refusal()).isNull();
        Path out = tmp.resolve("f.csv");

        CliRunner r = CliRunner.run("forecast", "--workspace", tmp.resolve("workspace.db").toString(), "--level", "sku", "--horizon", "6",
                "--json", "--out", out.toString(), "--threads", "1");

        assertThat(r.exit).as(r.err).isZero();
        JsonNode root = new ObjectMapper().readTree(r.out);
        Map<String, JsonNode> by = new HashMap<>();
        root.get("series").forEach(s -> by.put(s.get("series_id").asText(), s));
        // A3 (¥5,000): A2 at its price first, then A1 (¥4,000), then A2 Pro (¥8,000)
        JsonNode a3 = by.get("LX-A3-256");
        assertThat(a3.get("model_key").asText()).isEqualTo("auto");
        assertThat(a3.get("model").asText()).isEqualTo("Launch by analogy (LX-A2-256, LX-A1-256, LX-A2P-512)");
        List<String> keys = List.of("series_id", "model_key", "model", "parameters", "forecast");
        assertThat(a3.fieldNames()).toIterable().containsExactlyElementsOf(keys);
        Product[] used = {LaunchFixture.A2, LaunchFixture.A1, LaunchFixture.A2P};
        double expected = analogy(0, 5000, used) + analogy(1, 5000, used);
        double calibration = 1 + 2 / 3.0 * ((400 + 1500) / expected - 1);
        assertThat(a3.get("parameters").get("calibration").asDouble()).isCloseTo(calibration, within(1e-9));
        for (int i = 0; i < 6; i++) {
            JsonNode step = a3.get("forecast").get(i);
            assertThat(step.get("period").asText()).isEqualTo(LaunchFixture.LAST.plusMonths(i + 1L).toString());
            // months 2..7 since its launch; every analogue reached month 12
            assertThat(step.get("mean").asDouble()).isCloseTo(analogy(2 + i, 5000, used) * calibration, within(1e-6));
            assertThat(step.get("p10").asDouble()).isLessThan(step.get("mean").asDouble());
        }
        // A4 launches 2026-02: nothing in January, then the analogues' launch month at ¥6,000 (A2, A2 Pro, A1)
        JsonNode a4 = by.get("LX-A4-256");
        assertThat(a4.get("model").asText()).isEqualTo("Launch by analogy (LX-A2-256, LX-A2P-512, LX-A1-256)");
        assertThat(a4.get("forecast").get(0).get("mean").asDouble()).isZero();
        Product[] a4used = {LaunchFixture.A2, LaunchFixture.A2P, LaunchFixture.A1};
        assertThat(a4.get("forecast").get(1).get("mean").asDouble()).isCloseTo(analogy(0, 6000, a4used), within(1e-6));
        assertThat(a4.get("forecast").get(5).get("mean").asDouble()).isCloseTo(analogy(4, 6000, a4used), within(1e-6));
        // a SKU with its own history keeps auto's own model
        assertThat(by.get("LX-A2-256").get("model").asText()).doesNotStartWith("Launch");
        assertThat(r.err).doesNotContain("LX-A3-256");
    }

    @Test
    void atModelGrainTheLaunchIsTheModelsAndRevenueIsLeftToAuto() throws Exception {
        TestWorkspace ws = TestWorkspace.create(tmp, false);
        for (FileOutcome f : LaunchFixture.importInto(ws, tmp)) assertThat(f.refusal()).isNull();
        String w = tmp.resolve("workspace.db").toString();

        CliRunner units = CliRunner.run("forecast", "--workspace", w, "--level", "model", "--horizon", "3", "--out", tmp.resolve("u.csv").toString(),
                "--threads", "1");
        CliRunner revenue = CliRunner.run("forecast", "--workspace", w, "--level", "model", "--horizon", "3", "--measure", "revenue",
                "--out", tmp.resolve("r.csv").toString(), "--threads", "1");

        assertThat(units.exit).as(units.err).isZero();
        assertThat(units.out).contains("launches forecast by analogy with their predecessors: 2");
        assertThat(java.nio.file.Files.readString(tmp.resolve("u.csv"))).contains("星辰 A3,\"Launch by analogy (星辰 A2, 星辰 A1, 星辰 A2 Pro)\",1,2026-01,");
        assertThat(revenue.exit).as(revenue.err).isZero();
        assertThat(java.nio.file.Files.readString(tmp.resolve("r.csv"))).doesNotContain("Launch by");
    }
}
