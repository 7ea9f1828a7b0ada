package org.salestrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.store.postgres.NationalServers;
import org.salestrack.store.postgres.ServerAddress;

/** publish, summary on a postgresql:// workspace and extract, the way a user types them. */
class NationalCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void publishQueryAtHeadOfficeAndExtractARegion() throws Exception {
        ServerAddress at = NationalServers.newDatabase();
        String url = "postgresql://" + at.host() + ":" + at.port() + "/" + at.database();
        Path ws = dir.resolve("ws.db");
        Path profile = dir.resolve("p.json");
        Path csv = dir.resolve("sales.csv");
        try (var in = getClass().getResourceAsStream("/ui/ui-test-sales.json")) { Files.copy(in, profile); }
        try (var in = getClass().getResourceAsStream("/ui/sales-small.csv")) { Files.copy(in, csv); }
        assertThat(CliRunner.run("import", "--workspace", ws.toString(), "--profile", profile.toString(), csv.toString()).exit).isZero();

        CliRunner first = CliRunner.run("publish", "--workspace", ws.toString(), "--to", url, "--user", "postgres", "--json");
        assertThat(first.exit).as(first.err).isZero();
        JsonNode p = JSON.readTree(first.out);
        assertThat(p.get("batches_new").asInt()).isEqualTo(1);
        CliRunner again = CliRunner.run("publish", "--workspace", ws.toString(), "--to", url, "--user", "postgres", "--json");
        assertThat(JSON.readTree(again.out).get("batches_known").asInt()).isEqualTo(1);
        assertThat(JSON.readTree(again.out).get("lines_stored").asInt()).isZero();

        CliRunner local = CliRunner.run("summary", "--workspace", ws.toString(), "--by", "region,month", "--json");
        CliRunner national = CliRunner.run("summary", "--workspace", url, "--user", "postgres", "--by", "region,month", "--json");
        assertThat(national.exit).as(national.err).isZero();
        assertThat(national.out).isEqualTo(local.out);
        assertThat(p.get("lines_stored").asLong()).isEqualTo(JSON.readTree(CliRunner.run("summary", "--workspace", ws.toString(), "--json").out)
                .get("rows").get(0).get("rows").asLong() + p.get("duplicates").asLong() + heldOrUncounted(ws));

        Path fresh = dir.resolve("south.db");
        CliRunner ex = CliRunner.run("extract", "--from", url, "--workspace", fresh.toString(), "--user", "postgres", "--regions", "华南",
                "--from", "2024-01-01", "--to", "2024-12-31", "--json");
        assertThat(ex.exit).as(ex.err).isZero();
        JsonNode south = JSON.readTree(CliRunner.run("summary", "--workspace", ws.toString(), "--by", "region", "--from", "2024-01-01",
                "--to", "2024-12-31", "--json").out).get("rows");
        long expected = 0;
        for (JsonNode r : south) if (r.get("region").asText().equals("华南")) expected = r.get("rows").asLong();
        assertThat(expected).isPositive();
        assertThat(JSON.readTree(ex.out).get("counted").asLong()).isEqualTo(expected);
        assertThat(CliRunner.run("summary", "--workspace", fresh.toString(), "--json").out)
                .contains("\"rows\" : " + expected);

        // the extract remembers where from: sync needs no address, and with nothing new moves nothing
        CliRunner sync = CliRunner.run("sync", "--workspace", fresh.toString(), "--json");
        assertThat(sync.exit).as(sync.err).isZero();
        JsonNode sy = JSON.readTree(sync.out);
        assertThat(sy.get("user").asText()).isEqualTo("postgres");
        assertThat(sy.get("down").get("batches").asInt()).isZero();
        assertThat(sy.get("down").get("reviews_changed").asInt()).isZero();
        assertThat(sy.get("up").get("batches_new").asInt()).isZero();
        assertThat(sy.get("up").get("batches_known").asInt()).isEqualTo(JSON.readTree(ex.out).get("batches").asInt());
        assertThat(sy.get("conflicts")).isEmpty();
        CliRunner notExtracted = CliRunner.run("sync", "--workspace", ws.toString());
        assertThat(notExtracted.exit).isNotZero();
        assertThat(notExtracted.err).contains("was not extracted from a national store");
    }

    private static long heldOrUncounted(Path ws) throws Exception {
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + ws); var s = c.createStatement();
             var rs = s.executeQuery("SELECT COUNT(*) FROM sale WHERE NOT (hold = 0 AND status = 'paid') AND hold <> 1")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
