package org.salestrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
    @TempDir
    Path dir;
    Path workspace;

    private record Result(int exit, String out, String err) {}

    private static Result cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = SalesTrackCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(exit, out.toString(), err.toString());
    }

    private Path resource(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/validate/" + name)) {
            Path file = dir.resolve(name);
            Files.copy(in, file);
            return file;
        }
    }

    @BeforeEach
    void importTheQaSales() throws IOException {
        workspace = dir.resolve("ws.db");
        Result imported = cli("import", "--workspace", workspace.toString(), "--profile", resource("qa-profile.json").toString(),
                resource("qa-sales.csv").toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
    }

    @Test
    void jsonHasExactlyCountsAndHitsWithTheContractKeys() throws IOException {
        Result r = cli("validate", "--workspace", workspace.toString(), "--json");

        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(fieldNames(root)).containsExactly("counts", "hits");
        assertThat(root.get("counts")).hasSize(2);
        assertThat(fieldNames(root.get("counts").get(0))).containsExactly("rule", "severity", "count");
        assertThat(root.get("counts").toString()).isEqualTo("[{\"rule\":\"imei-invalid\",\"severity\":\"error\",\"count\":1},"
                + "{\"rule\":\"imei-duplicate\",\"severity\":\"error\",\"count\":1}]");
        JsonNode hit = root.get("hits").get(0);
        assertThat(fieldNames(hit)).containsExactly("rule", "severity", "batch", "file", "row", "why");
        assertThat(hit.get("rule").asText()).isEqualTo("imei-invalid");
        assertThat(hit.get("batch").isIntegralNumber()).isTrue();
        assertThat(hit.get("file").asText()).isEqualTo("qa-sales.csv");
        assertThat(hit.get("row").asInt()).isEqualTo(3);
        assertThat(hit.get("why").asText()).startsWith("IMEI 490154203237519 fails the Luhn check");
    }

    private String total() {
        Result s = cli("summary", "--workspace", workspace.toString(), "--by", "channel", "--json");
        try {
            return new ObjectMapper().readTree(s.out()).get("rows").get(0).get("amount").decimalValue().setScale(2).toPlainString();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Each IMEI rule fires on 1 of the 4 lines: 25%, far over the 5% a rule may hold without asking. */
    @Test
    void aRuleFiringOnMoreThanTheShareHoldsNothingUnlessToldTo() {
        assertThat(total()).isEqualTo("4500.00");
        Result r = cli("validate", "--workspace", workspace.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("rule imei-invalid fires on 1 of 4 lines (25.0%), more than 5.0%: its findings were saved but hold no lines",
                "--hold-anyway");
        assertThat(r.out()).contains("2 open issues saved");
        assertThat(total()).isEqualTo("4500.00");

        Result anyway = cli("validate", "--workspace", workspace.toString(), "--hold-anyway");
        assertThat(anyway.err()).isEmpty();
        // 1000.00 (R2, imei-invalid) and 2000.00 (R3, the IMEI sold twice) are held
        assertThat(total()).isEqualTo("1500.00");

        Result share = cli("validate", "--workspace", workspace.toString(), "--max-hold-share", "0.5");
        assertThat(share.err()).isEmpty();
        assertThat(total()).isEqualTo("1500.00");
    }

    @Test
    void textListsCountsByRuleAndSeverity() {
        Result r = cli("validate", "--workspace", workspace.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("imei-invalid       error           1", "imei-duplicate     error           1",
                "2 open issues saved, 0 findings already reviewed");
    }

    @Test
    void aRulesFileChangesTheRun() throws IOException {
        Path rules = dir.resolve("rules.json");
        Files.writeString(rules, "{\"imei-duplicate\": {\"enabled\": false}, \"imei-invalid\": {\"severity\": \"warning\"}}");

        Result r = cli("validate", "--workspace", workspace.toString(), "--rules", rules.toString(), "--json");

        assertThat(new ObjectMapper().readTree(r.out()).get("counts").toString())
                .isEqualTo("[{\"rule\":\"imei-invalid\",\"severity\":\"warning\",\"count\":1}]");
    }

    @Test
    void anUnknownBatchOrRuleIsAUsageError() throws IOException {
        Path rules = dir.resolve("rules.json");
        Files.writeString(rules, "{\"imei-bogus\": {}}");

        Result batch = cli("validate", "--workspace", workspace.toString(), "--batch", "99");
        Result rule = cli("validate", "--workspace", workspace.toString(), "--rules", rules.toString());

        assertThat(batch.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(batch.err()).contains("there is no stored import batch 99");
        assertThat(rule.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(rule.err()).contains("unknown rule 'imei-bogus'");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
