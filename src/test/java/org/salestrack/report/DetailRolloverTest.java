package org.salestrack.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.salestrack.model.report.DetailFeed;
import org.salestrack.model.report.DetailLine;
import org.salestrack.model.report.MonthMatrix;
import org.salestrack.model.report.MonthTotals;
import org.salestrack.model.report.Provenance;
import org.salestrack.model.report.ReportRequest;
import org.salestrack.model.report.ReportSection;
import org.salestrack.model.report.SalesReportData;
import org.salestrack.task.Cancellation;
import org.salestrack.task.ProgressListener;

/**
 * The detail sheets, written from records alone (no database): past the row limit the lines continue
 * on a new sheet with its own header, and not a line is lost or repeated.
 */
class DetailRolloverTest {
    private static final YearMonth MONTH = YearMonth.of(2025, 3);

    @BeforeAll
    static void tempDir() throws Exception {
        ReportWorkspace.ensureTempDir();
    }

    private static List<DetailLine> lines(int n) {
        List<DetailLine> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            out.add(new DetailLine(LocalDateTime.of(2025, 3, 1, 10, 0).plusMinutes(i), "O-" + i, 1, "Tmall", "online", null, null, "华南", "广东",
                    "广州", "SKU-" + i, "手机 " + i, "X", i, 1000L * i, 1000L * i * i, null, 7, i + 1));
        }
        return out;
    }

    private static SalesReportData data(List<DetailLine> lines) {
        return new SalesReportData(new ReportRequest(MONTH, EnumSet.of(ReportSection.DETAIL)), MONTH, List.of(MONTH),
                List.of(MonthTotals.empty(MONTH)), new MonthMatrix(List.of(MONTH), List.of()), new MonthMatrix(List.of(MONTH), List.of()),
                new MonthMatrix(List.of(MONTH), List.of()), List.of(), List.of(), List.of(), null, List.of(), org.salestrack.model.report.CustomerLines.NONE,
                List.of(), List.of(), List.of(),
                new Provenance("ws.db", LocalDateTime.of(2025, 4, 1, 9, 0), "SalesTrack test", "2025-03-01", "2025-03-31", "counted"),
                DetailFeed.of(lines), List.of(), org.salestrack.model.report.PurchaseOrders.NONE, new org.salestrack.model.report.MarketShares(List.of(), List.of()),
                org.salestrack.model.report.StockRisks.NONE,
                org.salestrack.model.report.FeedbackLines.NONE, org.salestrack.model.marketing.ChannelRoi.NONE,
                org.salestrack.model.channel.ChannelReport.NONE);
    }

    private static XSSFWorkbook write(List<DetailLine> lines, int maxRows) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new SalesWorkbookWriter(ReportLabels.of(Locale.ENGLISH), maxRows).write(data(lines), bytes, ProgressListener.NONE, Cancellation.none());
        return new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()));
    }

    @Test
    void linesPastTheRowLimitContinueOnNumberedSheetsEachWithItsHeader() throws Exception {
        try (XSSFWorkbook wb = write(lines(7), 5)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(3);
            assertThat(List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2)))
                    .containsExactly("Detail", "Detail (2)", "Detail (3)");
            int[] expectedRows = {3, 3, 1};
            int order = 1;
            for (int i = 0; i < 3; i++) {
                XSSFSheet s = wb.getSheetAt(i);
                assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Sold at");
                assertThat(s.getLastRowNum()).as("lines and a totals row").isEqualTo(expectedRows[i] + 1);
                int totalRow = expectedRows[i] + 1;
                assertThat(s.getRow(totalRow).getCell(15).getCellFormula()).isEqualTo("SUBTOTAL(9,P2:P" + totalRow + ")");
                long e4 = 0;
                for (int k = order; k < order + expectedRows[i]; k++) e4 += 1000L * k * k;
                double evaluated = wb.getCreationHelper().createFormulaEvaluator().evaluate(s.getRow(totalRow).getCell(15)).getNumberValue();
                // POI (like Excel) sums binary doubles: equal to the cent, not to the last bit
                assertThat(java.math.BigDecimal.valueOf(evaluated).setScale(2, java.math.RoundingMode.HALF_UP))
                        .isEqualByComparingTo(java.math.BigDecimal.valueOf(e4, 4));
                assertThat(s.getRow(totalRow).getCell(15).getNumericCellValue()).as("cached").isEqualTo(e4 / 10000.0);
                assertThat(s.getPaneInformation().isFreezePane()).isTrue();
                assertThat(s.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:S" + (expectedRows[i] + 1));
                for (int r = 1; r <= expectedRows[i]; r++, order++) {
                    assertThat(s.getRow(r).getCell(1).getStringCellValue()).isEqualTo("O-" + order);
                    assertThat(s.getRow(r).getCell(15).getNumericCellValue()).isEqualTo(order * order / 10.0);
                }
            }
            assertThat(order).isEqualTo(8);
        }
    }

    @Test
    void exactlyFullSheetsDoNotLeaveAnEmptyNextSheet() throws Exception {
        try (XSSFWorkbook wb = write(lines(6), 5)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(2);
            assertThat(wb.getSheetAt(1).getLastRowNum()).isEqualTo(4);
        }
    }

    @Test
    void theDefaultLimitIsExcelsRowLimit() {
        assertThat(DetailSheets.EXCEL_MAX_ROWS).isEqualTo(1_048_576);
    }

    @Test
    void cancellingStopsTheWriting() {
        Cancellation cancel = new Cancellation();
        cancel.cancel();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        assertThatThrownBy(() -> new SalesWorkbookWriter(ReportLabels.of(Locale.ENGLISH), 100).write(data(lines(5000)), bytes,
                ProgressListener.NONE, cancel)).isInstanceOf(CancellationException.class);
    }
}
