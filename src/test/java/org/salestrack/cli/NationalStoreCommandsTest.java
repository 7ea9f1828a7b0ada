package org.salestrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.report.WorkbookCells;
import org.salestrack.store.postgres.NationalServers;
import org.salestrack.store.postgres.ServerAddress;

/**
 * The commands on a {@code postgresql://} workspace: report and forecast read the store and give the workspace's
 * numbers; every command that needs a workspace file refuses the address with exit 2 and one line, never a stack trace.
 */
class NationalStoreCommandsTest {
    /** the sheets the national store holds, as the report command names them */
    private static final String STORE_SECTIONS = "summary,regions,provinces,series,dealers,quality,provenance,detail";

    @TempDir
    static Path dir;
    static Path ws;
    static String url;

    @BeforeAll
    static void publishedWorkspace() throws Exception {
        ServerAddress at = NationalServers.newDatabase();
        url = "postgresql://" + at.host() + ":" + at.port() + "/" + at.database();
        ws = dir.resolve("ws.db");
        Path profile = dir.resolve("p.json");
        Path csv = dir.resolve("sales.csv");
        try (var in = NationalStoreCommandsTest.class.getResourceAsStream("/ui/ui-test-sales.json")) { Files.copy(in, profile); }
        try (var in = NationalStoreCommandsTest.class.getResourceAsStream("/ui/sales-small.csv")) { Files.copy(in, csv); }
        assertThat(CliRunner.run("import", "--workspace", ws.toString(), "--profile", profile.toString(), csv.toString()).exit).isZero();
        CliRunner published = CliRunner.run("publish", "--workspace", ws.toString(), "--to", url, "--user", "postgres");
        assertThat(published.exit).as(published.err).isZero();
    }

    @Test
    void reportOnTheStoreWritesTheWorkspacesFigures() throws Exception {
        Path onStore = dir.resolve("store.xlsx");
        Path onFile = dir.resolve("file.xlsx");
        CliRunner store = CliRunner.run("report", "--workspace", url, "--user", "postgres", "--out", onStore.toString());
        assertThat(store.exit).as(store.err).isZero();
        assertThat(store.out).contains("8 sections");
        CliRunner file = CliRunner.run("report", "--workspace", ws.toString(), "--out", onFile.toString(), "--sections", STORE_SECTIONS);
        assertThat(file.exit).as(file.err).isZero();
        try (XSSFWorkbook a = WorkbookCells.open(onStore); XSSFWorkbook b = WorkbookCells.open(onFile)) {
            assertThat(a.getSheet("Forecast")).isNull();
            for (String sheet : List.of("Summary", "Regions", "Provinces", "Series", "Detail")) {
                assertThat(WorkbookCells.of(a, sheet)).as(sheet).isNotEmpty().isEqualTo(WorkbookCells.of(b, sheet));
            }
        }
        CliRunner forecastSheet = CliRunner.run("report", "--workspace", url, "--user", "postgres", "--out", dir.resolve("f.xlsx").toString(),
                "--sections", "summary,forecast,market");
        assertThat(forecastSheet.exit).isEqualTo(ExitCodes.USAGE);
        assertThat(forecastSheet.err).contains("does not hold the data of section(s) market,forecast").doesNotContain("Exception");
        assertThat(dir.resolve("f.xlsx")).doesNotExist();
    }

    @Test
    void forecastOnTheStoreForecastsTheWorkspacesSeries() throws Exception {
        Path onStore = dir.resolve("store.csv");
        Path onFile = dir.resolve("file.csv");
        CliRunner store = CliRunner.run("forecast", "--workspace", url, "--user", "postgres", "--level", "region", "--horizon", "3",
                "--model", "snaive", "--out", onStore.toString());
        assertThat(store.exit).as(store.err).isZero();
        CliRunner file = CliRunner.run("forecast", "--workspace", ws.toString(), "--level", "region", "--horizon", "3", "--model", "snaive",
                "--out", onFile.toString());
        assertThat(file.exit).as(file.err).isZero();
        List<String> lines = Files.readAllLines(onStore);
        assertThat(lines).hasSizeGreaterThan(3).isEqualTo(Files.readAllLines(onFile));
        assertThat(store.out).isEqualTo(file.out.replace(onFile.toString(), onStore.toString()));
    }

    @Test
    void commandsThatNeedAWorkspaceFileRefuseTheStore() {
        Path x = dir.resolve("x");
        List<List<String>> commands = List.of(
                List.of("import", "--workspace", url, x.toString()),
                List.of("validate", "--workspace", url),
                List.of("backup", "--workspace", url, "--out", x.toString()),
                List.of("restore", "--workspace", url, "--from", x.toString()),
                List.of("encrypt", "--workspace", url),
                List.of("decrypt", "--workspace", url),
                List.of("rekey", "--workspace", url),
                List.of("customers", "--workspace", url),
                List.of("dealers", "--workspace", url, "--period", "2025-03"),
                List.of("inventory", "--workspace", url),
                List.of("market", "--workspace", url),
                List.of("feedback", "--workspace", url),
                List.of("alerts", "--workspace", url),
                List.of("audit", "--workspace", url),
                List.of("campaigns", "--workspace", url),
                List.of("attribution", "--workspace", url),
                List.of("sources", "--workspace", url),
                List.of("watch", "--workspace", url),
                List.of("demo", "--workspace", url));
        for (List<String> args : commands) {
            CliRunner r = CliRunner.run(args.toArray(String[]::new));
            assertThat(r.exit).as(args + ": " + r.err).isEqualTo(ExitCodes.USAGE);
            assertThat(r.err).as(args.toString()).contains("workspace file, not on the national store " + url + ":").doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(r.err.strip().lines().count()).as(args + ": " + r.err).isLessThanOrEqualTo(2);
        }
        assertThat(x).doesNotExist();
    }
}
