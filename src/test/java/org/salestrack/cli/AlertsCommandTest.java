package org.salestrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.ingest.IngestFixture;
import org.salestrack.analytics.alert.PlantedAlerts;

/** Issue 18 #7: {@code alerts --json} prints exactly the contract's keys with the planted alert's figures; assign and resolve act on it. */
class AlertsCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static JsonNode find(JsonNode alerts, String subject, String rule) {
        for (JsonNode a : alerts) if (a.get("subject").asText().equals(subject) && a.get("rule").asText().equals(rule)) return a;
        return null;
    }

    @Test
    void alertsJsonCarriesThePlantedChangeAndTheCentreActionsMoveIt() throws Exception {
        String ws = dir.resolve("ws.db").toString();
        CliRunner imported = CliRunner.run("import", "--workspace", ws, "--profile", IngestFixture.resource("pos-profile.json").toString(),
                PlantedAlerts.plant(dir).toString());
        assertThat(imported.exit).isZero();

        CliRunner listed = CliRunner.run("alerts", "--workspace", ws, "--status", "open", "--json");
        assertThat(listed.exit).isZero();
        JsonNode alerts = JSON.readTree(listed.out).get("alerts");
        JsonNode gd = find(alerts, "province 广东", "change-previous");
        assertThat(gd).isNotNull();
        List<String> keys = new ArrayList<>();
        gd.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("id", "rule", "severity", "subject", "period", "value", "reference", "change", "owner", "status", "why");
        assertThat(gd.get("severity").asText()).isEqualTo("warning");
        assertThat(gd.get("period").asText()).isEqualTo("2025-11");
        assertThat(gd.get("value").asDouble()).isEqualTo(120.0);
        assertThat(gd.get("reference").asDouble()).isEqualTo(100.0);
        assertThat(gd.get("change").asDouble()).isEqualTo(0.2);
        assertThat(gd.get("owner").isNull()).isTrue();
        assertThat(gd.get("status").asText()).isEqualTo("new");
        assertThat(gd.get("why").asText()).isEqualTo("Province 广东: 120 units in 2025-11 against 100 in 2025-10 (+20.0%)");
        assertThat(find(alerts, "province 浙江", "change-previous")).isNull();

        String id = gd.get("id").asText();
        assertThat(CliRunner.run("alerts", "--workspace", ws, "--assign", id, "--to", "王芳").exit).isZero();
        assertThat(CliRunner.run("alerts", "--workspace", ws, "--comment", id, "--text", "门店促销，已确认").exit).isZero();
        assertThat(CliRunner.run("alerts", "--workspace", ws, "--resolve", id).exit).isZero();

        JsonNode open = JSON.readTree(CliRunner.run("alerts", "--workspace", ws, "--status", "open", "--json").out).get("alerts");
        assertThat(find(open, "province 广东", "change-previous")).isNull();
        JsonNode resolved = JSON.readTree(CliRunner.run("alerts", "--workspace", ws, "--status", "resolved", "--json").out).get("alerts");
        assertThat(resolved).hasSize(1);
        assertThat(resolved.get(0).get("owner").asText()).isEqualTo("王芳");
        assertThat(resolved.get(0).get("status").asText()).isEqualTo("resolved");

        CliRunner bad = CliRunner.run("alerts", "--workspace", ws, "--assign", id);
        assertThat(bad.exit).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err).contains("--assign needs --to NAME");
    }

    @Test
    void aRuleChangeFromTheCommandLineIsKeptAndListed() throws Exception {
        String ws = dir.resolve("ws.db").toString();
        assertThat(CliRunner.run("alerts", "--workspace", ws, "--rule", "change-year", "--threshold", "0.3", "--owner", "李雷").exit).isZero();
        CliRunner rules = CliRunner.run("alerts", "--workspace", ws, "--rules");
        assertThat(rules.out).contains("change-year       on       threshold 0.3    min volume 100.0  warning  owner 李雷");
        assertThat(CliRunner.run("alerts", "--workspace", ws, "--rule", "nonsense").exit).isEqualTo(ExitCodes.USAGE);
    }
}
