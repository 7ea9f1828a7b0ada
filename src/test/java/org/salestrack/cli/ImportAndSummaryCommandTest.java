package org.salestrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.ingest.IngestFixture;

/** The CLI contract of DESIGN.md for import and summary: exit codes and JSON shapes. */
class ImportAndSummaryCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private String ws() { return tmp.resolve("ws.db").toString(); }

    private String profile() { return IngestFixture.resource("pos-profile.json").toString(); }

    @Test
    void importPrintsOneBatchObjectPerFileAndExitsZero() throws Exception {
        CliRunner r = CliRunner.run("import", "--workspace", ws(), "--profile", profile(), "--json",
                IngestFixture.resource("pos-good.csv").toString());

        assertThat(r.exit).isZero();
        JsonNode b = JSON.readTree(r.out).get("batches").get(0);
        assertThat(b.get("batch").asLong()).isEqualTo(1);
        assertThat(b.get("file").asText()).isEqualTo("pos-good.csv");
        assertThat(b.get("sha256").asText()).hasSize(64);
        assertThat(b.get("read").asLong()).isEqualTo(5);
        assertThat(b.get("stored").asLong()).isEqualTo(5);
        assertThat(b.get("quarantined").asLong()).isZero();
        assertThat(b.get("rejected").asLong()).isZero();
        assertThat(b.get("status").asText()).isEqualTo("stored");
    }

    @Test
    void aRejectedFileExitsThreeAndSaysWhyOnStderr() {
        CliRunner r = CliRunner.run("import", "--workspace", ws(), "--profile", profile(), IngestFixture.resource("bad-date.csv").toString());

        assertThat(r.exit).isEqualTo(3);
        assertThat(r.err).contains("rejected bad-date.csv").contains("row 2").contains("column 'time'").contains("2024-13-45");
        CliRunner summary = CliRunner.run("summary", "--workspace", ws(), "--json");
        assertThat(summary.out).contains("\"rows\" : [ ]");
    }

    @Test
    void summaryJsonHasTheDimensionsAsKeysThenTheMeasures() throws Exception {
        CliRunner.run("import", "--workspace", ws(), "--profile", profile(), IngestFixture.resource("pos-good.csv").toString());

        CliRunner r = CliRunner.run("summary", "--workspace", ws(), "--by", "region,month", "--json");

        assertThat(r.exit).isZero();
        JsonNode rows = JSON.readTree(r.out).get("rows");
        assertThat(rows).hasSize(4);
        JsonNode first = rows.get(0);
        assertThat(first.fieldNames()).toIterable().containsExactly("region", "month", "rows", "orders", "qty", "amount", "margin");
        assertThat(first.get("region").asText()).isEqualTo("华东");
        assertThat(first.get("month").asText()).isEqualTo("2024-04");
        assertThat(first.get("amount").decimalValue()).isEqualByComparingTo("2999.00");
    }

    @Test
    void everyDimensionOfTheContractIsAccepted() {
        CliRunner.run("import", "--workspace", ws(), "--profile", profile(), IngestFixture.resource("pos-good.csv").toString());
        for (String dim : new String[] {"country", "region", "province", "city", "channel", "channel_type", "dealer", "store",
                "category", "series", "model", "sku", "year", "quarter", "month", "week", "day"}) {
            CliRunner r = CliRunner.run("summary", "--workspace", ws(), "--by", dim);
            assertThat(r.exit).as(dim + ": " + r.err).isZero();
        }
        assertThat(CliRunner.run("summary", "--workspace", ws(), "--by", "week").out).contains("2024-W09").contains("2024-W16");
        assertThat(CliRunner.run("summary", "--workspace", ws(), "--by", "quarter").out).contains("2024-Q1").contains("2024-Q2");
    }

    @Test
    void anUnknownDimensionIsAUsageError() {
        CliRunner r = CliRunner.run("summary", "--workspace", ws(), "--by", "planet");
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.err).contains("unknown dimension 'planet'");
    }

    @Test
    void undoRemovesTheBatch() throws Exception {
        CliRunner.run("import", "--workspace", ws(), "--profile", profile(), IngestFixture.resource("pos-good.csv").toString());

        CliRunner r = CliRunner.run("import", "--workspace", ws(), "--undo", "1");

        assertThat(r.exit).isZero();
        assertThat(r.out).contains("undone batch 1 (pos-good.csv): 5 rows removed");
        assertThat(CliRunner.run("summary", "--workspace", ws()).out.lines().count()).isEqualTo(1);
        assertThat(CliRunner.run("import", "--workspace", ws(), "--undo", "1").err).contains("already undone");
    }
}
