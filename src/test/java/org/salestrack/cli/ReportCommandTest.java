package org.salestrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report command as scripts call it: import with the CLI, then report. */
class ReportCommandTest {
    @TempDir
    static Path dir;
    static Path ws;

    @BeforeAll
    static void importFiles() throws Exception {
        Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
        ws = dir.resolve("ws.db");
        for (String name : new String[] {"dealers", "stores", "sales"}) {
            Path csv = copy(name + ".csv");
            Path profile = copy(name + ".profile.json");
            assertThat(run("import", "--workspace", ws.toString(), "--profile", profile.toString(), csv.toString()).code).isZero();
        }
    }

    private static Path copy(String resource) throws Exception {
        Path to = dir.resolve(resource);
        try (InputStream in = ReportCommandTest.class.getResourceAsStream("/report/" + resource)) {
            Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
        }
        return to;
    }

    record Result(int code, String out, String err) {}

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SalesTrackCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void writesTheLastCompleteMonthWithAllSectionsByDefault() throws Exception {
        Path out = dir.resolve("all.xlsx");
        Result r = run("report", "--workspace", ws.toString(), "--out", out.toString());
        assertThat(r.code).as(r.err).isZero();
        // the last sale is on 2025-03-30: March is partial, so the default is February (issue 11 #4)
        assertThat(r.out).startsWith("wrote " + out + ": period 2025-02, 17 sections, 3 detail lines, ");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(17);
        }
        try (var c = org.salestrack.store.Workspace.open(ws).connect(); var st = c.createStatement();
             var rs = st.executeQuery("SELECT subject, detail FROM audit_log WHERE action = 'export' ORDER BY id DESC LIMIT 1")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo(out.toAbsolutePath().toString());
            assertThat(rs.getString(2)).isEqualTo("sales workbook 2025-02: summary,regions,provinces,series,channels,dealers,rebates,market,customers,"
                    + "forecast,marketing,inventory,stock_risks,feedback,quality,provenance,detail");
        }
    }

    @Test
    void sectionsPeriodAndLanguageAreHonoured() throws Exception {
        Path out = dir.resolve("feb.xlsx");
        Result r = run("report", "--workspace", ws.toString(), "--out", out.toString(), "--period", "2025-02", "--sections",
                "summary,channels", "--lang", "zh");
        assertThat(r.code).as(r.err).isZero();
        assertThat(r.out).startsWith("wrote " + out + ": period 2025-02, 2 sections, no detail sheet, ");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactly("汇总", "渠道");
            assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("2025-02 月度销售报表");
        }
    }

    @Test
    void badOptionsAreRefusedWithAReason() {
        Result period = run("report", "--workspace", ws.toString(), "--out", dir.resolve("x.xlsx").toString(), "--period", "March");
        assertThat(period.code).isNotZero();
        assertThat(period.err).contains("--period takes a month as YYYY-MM, not 'March'");
        Result section = run("report", "--workspace", ws.toString(), "--out", dir.resolve("x.xlsx").toString(), "--sections", "summary,pnl");
        assertThat(section.err).contains("unknown report section 'pnl'");
        assertThat(Files.exists(dir.resolve("x.xlsx"))).isFalse();
    }

    @Test
    void anEmptyWorkspaceWithoutPeriodIsRefused() {
        Result r = run("report", "--workspace", dir.resolve("empty.db").toString(), "--out", dir.resolve("e.xlsx").toString());
        assertThat(r.code).isNotZero();
        assertThat(r.err).contains("the workspace has no counted sales");
    }
}
