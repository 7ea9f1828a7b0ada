package org.salestrack.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.analytics.workbook.SalesWorkbookBuilder;
import org.salestrack.model.SummaryRow;
import org.salestrack.model.report.ReportRequest;
import org.salestrack.model.report.ReportSection;
import org.salestrack.model.report.SalesReportData;
import org.salestrack.report.SalesWorkbookWriter;
import org.salestrack.report.WorkbookCells;
import org.salestrack.store.SummaryQuery;
import org.salestrack.store.Workspace;
import org.salestrack.task.Cancellation;
import org.salestrack.task.ProgressListener;

/**
 * The month's workbook built on the national store equals the one built on a SQLite workspace holding the same
 * published data, cell for cell on its sales sheets, read back from both files; and a South China analyst's workbook
 * is her regions' only (row-level security does the filtering), equal to a workspace of the South files.
 */
class NationalReportTest {
    private static final YearMonth JUNE = YearMonth.of(2025, 6);
    /** the report's 13 months up to June 2025 */
    private static final String FROM = "2024-06-01";
    private static final String TO = "2025-06-30";

    @TempDir
    static Path dir;

    static TwoRegions data;

    @BeforeAll
    static void sameDataInBothStores() throws Exception { data = TwoRegions.published(dir, "report", 31); }

    private static XSSFWorkbook build(Workspace ws, Set<ReportSection> sections, String name) throws Exception {
        Path out = dir.resolve(name + ".xlsx");
        SalesReportData written = new SalesWorkbookBuilder(ws, "SalesTrack test", SalesWorkbookWriter::writeWorkbook)
                .build(new ReportRequest(JUNE, sections), Locale.ENGLISH, out, ProgressListener.NONE, Cancellation.none());
        assertThat(written.period()).isEqualTo(JUNE);
        return WorkbookCells.open(out);
    }

    private static List<String> cells(XSSFWorkbook wb, String sheet) { return WorkbookCells.of(wb, sheet); }

    /** Name (column {@code nameCol}) to the "Total" column of a month table (regions, provinces, series), without its total row. */
    private static Map<String, BigDecimal> totals(XSSFWorkbook wb, String sheet, int nameCol) {
        Sheet s = wb.getSheet(sheet);
        FormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
        Row header = s.getRow(3);
        int total = -1;
        for (Cell c : header) if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals("Total")) total = c.getColumnIndex();
        assertThat(total).as("the Total column of " + sheet).isPositive();
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        for (int r = 4; r <= s.getLastRowNum(); r++) {
            Row row = s.getRow(r);
            if (row == null || row.getCell(total) == null) continue;
            Cell t = row.getCell(total);
            Cell first = row.getCell(0);
            // the total row is labelled in the first column
            boolean totalRow = first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals("Total");
            double v = t.getCellType() == CellType.FORMULA ? ev.evaluate(t).getNumberValue() : t.getNumericCellValue();
            out.put(totalRow ? "Total" : row.getCell(nameCol).getStringCellValue(), BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP));
        }
        BigDecimal sum = out.entrySet().stream().filter(e -> !e.getKey().equals("Total")).map(Map.Entry::getValue).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(out.remove("Total")).as("the total row of " + sheet).isEqualByComparingTo(sum);
        return out;
    }

    private static Map<String, BigDecimal> summary(Workspace ws, String by) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        for (SummaryRow r : new SummaryQuery(ws).run(List.of(by), FROM, TO)) out.put(r.keys().get(0), r.amount().setScale(2, RoundingMode.HALF_UP));
        return out;
    }

    @Test
    void theStoresWorkbookEqualsTheWorkspacesCellForCell() throws Exception {
        Set<ReportSection> sales = data.hq().sql().reportSections();
        try (XSSFWorkbook onSqlite = build(data.local(), sales, "local"); XSSFWorkbook onStore = build(data.hq(), sales, "hq")) {
            for (String sheet : List.of("Summary", "Regions", "Provinces", "Series", "Dealers", "Data quality")) {
                assertThat(cells(onStore, sheet)).as(sheet).isNotEmpty().isEqualTo(cells(onSqlite, sheet));
            }
            // totals per region, province and series: both workbooks, and the summary of the 13 months to the fen
            Map<String, BigDecimal> regions = totals(onStore, "Regions", 0);
            assertThat(regions).containsOnlyKeys("华南", "华北").isEqualTo(totals(onSqlite, "Regions", 0));
            assertThat(regions).isEqualTo(summary(data.local(), "region"));
            Map<String, BigDecimal> provinces = totals(onStore, "Provinces", 1);
            assertThat(provinces).containsOnlyKeys("Guangdong", "Guangxi", "Hainan", "Beijing", "Tianjin", "Hebei").isEqualTo(totals(onSqlite, "Provinces", 1));
            Map<String, BigDecimal> series = totals(onStore, "Series", 0);
            assertThat(series).containsKeys("星耀", "穿戴").isEqualTo(totals(onSqlite, "Series", 0)).isEqualTo(summary(data.local(), "series"));
            BigDecimal all = series.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(regions.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(all)
                    .isEqualByComparingTo(new SummaryQuery(data.local()).run(List.of(), FROM, TO).get(0).amount());
            // the detail sheet: the month's counted lines, the same on both
            SummaryRow june = new SummaryQuery(data.local()).run(List.of(), "2025-06-01", "2025-06-30").get(0);
            assertThat(june.rows()).isPositive();
            // a header, the lines, a totals row
            assertThat(onStore.getSheet("Detail").getLastRowNum()).isEqualTo(june.rows() + 1);
            assertThat(cells(onStore, "Detail")).isEqualTo(cells(onSqlite, "Detail"));
            // the provenance names the store, and the export is in the store's audit log, under the role that made it
            assertThat(cells(onStore, "Provenance")).anyMatch(c -> c.contains("postgresql://"));
            try (java.sql.Connection c = data.hq().connect(); java.sql.PreparedStatement ps = c.prepareStatement(
                    "SELECT who, detail FROM audit_log WHERE action = 'export' AND subject = ?")) {
                ps.setString(1, dir.resolve("hq.xlsx").toAbsolutePath().toString());
                try (java.sql.ResultSet rs = ps.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(1)).isEqualTo("report_hq");
                    assertThat(rs.getString(2)).startsWith("sales workbook 2025-06: summary,regions");
                }
            }
        }
    }

    @Test
    void aSouthChinaAnalystsWorkbookHoldsHerRegionOnly() throws Exception {
        Set<ReportSection> sheets = EnumSet.of(ReportSection.SUMMARY, ReportSection.REGIONS, ReportSection.PROVINCES, ReportSection.SERIES);
        try (XSSFWorkbook onSqlite = build(data.southLocal(), sheets, "south-local"); XSSFWorkbook onStore = build(data.south(), sheets, "south")) {
            for (String sheet : List.of("Summary", "Regions", "Provinces", "Series")) {
                assertThat(cells(onStore, sheet)).as(sheet).isNotEmpty().isEqualTo(cells(onSqlite, sheet));
            }
            assertThat(totals(onStore, "Regions", 0)).containsOnlyKeys("华南").isEqualTo(summary(data.southLocal(), "region"));
            assertThat(totals(onStore, "Provinces", 1)).containsOnlyKeys("Guangdong", "Guangxi", "Hainan");
        }
    }

    @Test
    void theStoreLeavesOutTheSheetsItHasNoDataFor() throws Exception {
        assertThat(data.hq().sql().reportSections()).contains(ReportSection.SUMMARY, ReportSection.DETAIL)
                .doesNotContain(ReportSection.FORECAST, ReportSection.MARKET, ReportSection.FEEDBACK, ReportSection.INVENTORY);
        try (XSSFWorkbook all = build(data.hq(), ReportSection.all(), "all")) {
            assertThat(all.getSheet("Summary")).isNotNull();
            assertThat(all.getSheet("Forecast")).isNull();
        }
    }
}
