package org.salestrack.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.salestrack.report.Sheets.col;
import static org.salestrack.report.Sheets.row;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.store.Workspace;

/** How the workbook behaves as a finance user opens it: types, formats, frozen headers, filters, print setup, charts. */
class SalesWorkbookFormatTest {
    @TempDir
    static Path dir;
    static XSSFWorkbook wb;

    @BeforeAll
    static void build() throws Exception {
        Workspace ws = ReportWorkspace.build(dir);
        wb = WorkbookFiles.writeAndOpen(ws, YearMonth.of(2025, 3), Locale.ENGLISH, dir.resolve("r.xlsx"));
    }

    @AfterAll
    static void close() throws Exception {
        wb.close();
    }

    @Test
    void sheetsAppearInSectionOrder() {
        List<String> names = new ArrayList<>();
        wb.forEach(s -> names.add(s.getSheetName()));
        assertThat(names).containsExactly("Summary", "Regions", "Provinces", "Series", "Channels", "Dealers", "Rebates", "Market share", "Customers",
                "Forecast", "Marketing", "Purchase orders", "Slow movers & risks", "Feedback", "Data quality", "Provenance", "Detail");
    }

    @Test
    void everyFormulaEvaluatesWithoutErrorToTheValueStoredInTheFile() {
        FormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
        int formulas = 0;
        for (Sheet s : wb) {
            for (Row r : s) {
                for (Cell c : r) {
                    if (c.getCellType() != CellType.FORMULA) continue;
                    formulas++;
                    CellValue v = ev.evaluate(c);
                    String where = s.getSheetName() + "!" + c.getAddress() + " " + c.getCellFormula();
                    assertThat(v.getCellType()).as(where).isIn(CellType.NUMERIC, CellType.STRING);
                    if (v.getCellType() == CellType.NUMERIC) {
                        assertThat(c.getCachedFormulaResultType()).as(where).isEqualTo(CellType.NUMERIC);
                        assertThat(c.getNumericCellValue()).as(where).isCloseTo(v.getNumberValue(), org.assertj.core.data.Offset.offset(1e-6));
                    } else {
                        assertThat(v.getStringValue()).as(where + " is blank when there is nothing to compare").isEmpty();
                    }
                }
            }
        }
        assertThat(formulas).isGreaterThan(150);
    }

    @Test
    void moneyPercentCountAndDateCellsCarryTheirFormats() {
        Sheet s = wb.getSheet("Summary");
        int amount = row(s, "Sales amount");
        assertThat(format(s, amount, 1)).isEqualTo("\"¥\"#,##0.00");
        assertThat(format(s, amount, 3)).isEqualTo("0.0%");
        assertThat(format(s, row(s, "Units"), 1)).isEqualTo("#,##0");
        Sheet d = wb.getSheet("Detail");
        Cell soldAt = d.getRow(1).getCell(0);
        assertThat(soldAt.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(DateUtil.isCellDateFormatted(soldAt)).isTrue();
        assertThat(format(d, 1, col(d, 0, "Amount"))).isEqualTo("\"¥\"#,##0.00");
        assertThat(d.getRow(1).getCell(col(d, 0, "Units")).getCellType()).isEqualTo(CellType.NUMERIC);
        Sheet p = wb.getSheet("Provenance");
        Cell generated = p.getRow(row(p, "Generated at")).getCell(1);
        assertThat(DateUtil.isCellDateFormatted(generated)).isTrue();
    }

    private static String format(Sheet s, int r, int c) {
        return s.getRow(r).getCell(c).getCellStyle().getDataFormatString();
    }

    @Test
    void tableSheetsFreezeTheirHeaderFilterTheirRowsAndPrintLandscapeOnePageWide() {
        assertFrame("Channels", ChannelsSheet.HEADER, 1, "A4:H8");
        assertFrame("Dealers", DealersSheet.HEADER, 2, "A4:N7");
        assertFrame("Detail", 0, 0, "A1:S10");
        assertFrame("Provenance", ProvenanceSheet.HEADER, 2, "A4:M10");
    }

    /** Issue 11 #5: 13 months of money printed one page wide came out at about 5 pt. */
    @Test
    void monthTablesPrintThreePagesAcrossRepeatingTheirNameColumns() {
        assertFrame("Regions", MonthMatrixSheet.HEADER, 1, "A4:Q8", 3);
        assertFrame("Provinces", MonthMatrixSheet.HEADER, 2, "A4:R8", 3);
        assertThat(wb.getSheet("Regions").getRepeatingColumns().formatAsString()).isEqualTo("A:A");
        assertThat(wb.getSheet("Provinces").getRepeatingColumns().formatAsString()).isEqualTo("A:B");
    }

    /** Issue 23: printing the workbook printed 5,827 pages of detail lines. */
    @Test
    void theDetailSheetPrintsItsFirstLinesOnlyAndTheSummarySaysSo() {
        assertThat(wb.getPrintArea(wb.getSheetIndex("Detail"))).isEqualTo("Detail!$A$1:$S$11");
        Sheet summary = wb.getSheet("Summary");
        assertThat(summary.getRow(2).getCell(0).getStringCellValue())
                .isEqualTo("The Detail sheet holds 9 lines for filtering on screen; it prints its first 60 lines only (to print it all, clear its print area).");
    }

    private static void assertFrame(String name, int header, int keyColumns, String filter) {
        assertFrame(name, header, keyColumns, filter, 1);
    }

    private static void assertFrame(String name, int header, int keyColumns, String filter, int pagesWide) {
        XSSFSheet s = wb.getSheet(name);
        PaneInformation pane = s.getPaneInformation();
        assertThat(pane).as(name).isNotNull();
        assertThat(pane.isFreezePane()).as(name).isTrue();
        assertThat((int) pane.getHorizontalSplitPosition()).as(name + " frozen rows").isEqualTo(header + 1);
        assertThat((int) pane.getVerticalSplitPosition()).as(name + " frozen columns").isEqualTo(keyColumns);
        assertThat(s.getCTWorksheet().getAutoFilter().getRef()).as(name + " filter").isEqualTo(filter);
        assertThat(s.getPrintSetup().getLandscape()).as(name).isTrue();
        assertThat(s.getFitToPage()).as(name).isTrue();
        assertThat(s.getPrintSetup().getFitWidth()).as(name).isEqualTo((short) pagesWide);
        assertThat(s.getPrintSetup().getFitHeight()).as(name).isEqualTo((short) 0);
        assertThat(s.getRepeatingRows().formatAsString()).as(name + " repeated rows").isEqualTo("1:" + (header + 1));
    }

    @Test
    void columnsAreFittedToTheirContent() {
        Sheet s = wb.getSheet("Provenance");
        int sha = col(s, row(s, "Batch"), "SHA-256");
        assertThat(s.getColumnWidth(sha) / 256).isBetween(64, 66);
        Sheet r = wb.getSheet("Regions");
        assertThat(r.getColumnWidth(1) / 256).as("a month of money").isBetween(10, 16);
    }

    @Test
    void monthTablesCarryAColourScaleOverTheMonthCells() {
        XSSFSheet s = wb.getSheet("Regions");
        var cf = s.getSheetConditionalFormatting();
        assertThat(cf.getNumConditionalFormattings()).isEqualTo(1);
        assertThat(cf.getConditionalFormattingAt(0).getFormattingRanges()[0].formatAsString()).isEqualTo("B5:N8");
        assertThat(cf.getConditionalFormattingAt(0).getRule(0).getColorScaleFormatting()).isNotNull();
    }

    @Test
    void summaryHasANativeLineChartOfTheTrendAndAPieOfTheChannelMix() {
        XSSFSheet s = wb.getSheet("Summary");
        List<XSSFChart> charts = s.getDrawingPatriarch().getCharts();
        assertThat(charts).hasSize(2);
        var plot = charts.get(0).getCTChart().getPlotArea();
        assertThat(plot.sizeOfLineChartArray()).isEqualTo(1);
        int trendFirst = SummarySheet.trendHeader() + 2;
        assertThat(plot.getLineChartArray(0).getSerArray(0).getVal().getNumRef().getF())
                .isEqualTo("Summary!$B$" + trendFirst + ":$B$" + (trendFirst + 12));
        assertThat(charts.get(1).getCTChart().getPlotArea().sizeOfPieChartArray()).isEqualTo(1);
        assertThat(charts.get(1).getCTChart().getPlotArea().getPieChartArray(0).getSerArray(0).sizeOfDPtArray()).isEqualTo(4);
    }

    @Test
    void provenanceNamesEveryImportedFileWithItsSha256() throws Exception {
        Sheet s = wb.getSheet("Provenance");
        int header = row(s, "Batch");
        int sales = row(s, 1, "sales.csv", header + 1);
        byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(java.nio.file.Files.readAllBytes(dir.resolve("sales.csv")));
        assertThat(Sheets.text(s, sales, col(s, header, "SHA-256"))).isEqualTo(java.util.HexFormat.of().formatHex(digest));
        assertThat(s.getRow(sales).getCell(0).getNumericCellValue()).isEqualTo(3);
        assertThat(Sheets.number(null, s, sales, col(s, header, "Duplicate lines"))).isEqualTo(1);
        assertThat(header).isEqualTo(ProvenanceSheet.HEADER);
        assertThat(s.getRow(header + ReportWorkspace.FILES.length).getCell(0).getNumericCellValue()).isEqualTo(ReportWorkspace.FILES.length);
        assertThat(s.getRow(header + ReportWorkspace.FILES.length + 1)).as("a blank row after the batches").isNull();
        assertThat(Sheets.text(s, row(s, "Lines counted"), 1)).startsWith("Sale lines with status paid");
    }
}
