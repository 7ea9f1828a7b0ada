package org.salestrack.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.salestrack.report.TableColumn.Type;
import org.salestrack.task.Cancellation;

class TableExportTest {
    private static final List<TableColumn> COLUMNS = List.of(TableColumn.text("省份"), TableColumn.of("Lines", Type.INTEGER),
            TableColumn.of("Amount", Type.MONEY), TableColumn.of("Margin", Type.MONEY_E4), TableColumn.of("Share", Type.PERCENT),
            TableColumn.of("Day", Type.DATE), TableColumn.of("At", Type.DATE_TIME), TableColumn.of("Pickup", Type.BOOLEAN),
            TableColumn.of("NPS", Type.DECIMAL));

    @BeforeAll
    static void tempDir() throws Exception {
        ReportWorkspace.ensureTempDir();
    }

    private static XSSFWorkbook export(List<List<?>> rows) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        XlsxExport.write("Issues: open/all", COLUMNS, rows, true, bytes, Cancellation.none());
        return new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()));
    }

    @Test
    void everyValueKeepsItsTypeAndFormat() throws Exception {
        List<List<?>> rows = List.of(
                List.of("广东", 1520L, new BigDecimal("7012345.50"), 9_120_000_000L, 0.25, LocalDate.of(2025, 3, 1),
                        LocalDateTime.of(2025, 3, 1, 9, 15, 30), true, 41.5),
                Arrays.asList("浙江", 3, null, -500L, 0.0, null, null, false, null));
        try (XSSFWorkbook wb = export(rows)) {
            XSSFSheet s = wb.getSheetAt(0);
            assertThat(s.getSheetName()).as("':' and '/' are not allowed in sheet names").isEqualTo("Issues  open all");
            Row r = s.getRow(1);
            assertThat(r.getCell(0).getStringCellValue()).isEqualTo("广东");
            assertThat(r.getCell(1).getNumericCellValue()).isEqualTo(1520.0);
            assertThat(r.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(r.getCell(2).getNumericCellValue()).isEqualTo(7012345.50);
            assertThat(r.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("\"¥\"#,##0.00");
            assertThat(r.getCell(3).getNumericCellValue()).isEqualTo(912000.00);
            assertThat(r.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(DateUtil.isCellDateFormatted(r.getCell(5))).isTrue();
            assertThat(r.getCell(5).getLocalDateTimeCellValue().toLocalDate()).isEqualTo("2025-03-01");
            assertThat(r.getCell(6).getLocalDateTimeCellValue()).isEqualTo("2025-03-01T09:15:30");
            assertThat(r.getCell(7).getCellType()).isEqualTo(CellType.BOOLEAN);
            assertThat(r.getCell(8).getNumericCellValue()).isEqualTo(41.5);
            Row second = s.getRow(2);
            assertThat(second.getCell(2)).as("null leaves the cell empty").isNull();
            assertThat(second.getCell(3).getNumericCellValue()).isEqualTo(-0.05);
            assertThat(s.getPaneInformation().isFreezePane()).isTrue();
            assertThat(s.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:I3");
        }
    }

    @Test
    void textLongerThanAnExcelCellHoldsIsCutWithAnEllipsis() throws Exception {
        String raw = "x".repeat(40_000);
        try (XSSFWorkbook wb = export(List.of(Arrays.asList(raw, null, null, null, null, null, null, null, null)))) {
            String cell = wb.getSheetAt(0).getRow(1).getCell(0).getStringCellValue();
            assertThat(cell).hasSize(32_767).endsWith("x…");
        }
    }

    @Test
    void aValueOfTheWrongTypeIsRefusedWithItsRowAndColumn() {
        List<List<?>> rows = List.of(Arrays.asList("广东", "many", null, null, null, null, null, null, null));
        assertThatThrownBy(() -> export(rows)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("row 1, column 'Lines'").hasMessageContaining("INTEGER");
    }

    @Test
    void aRowWithTheWrongNumberOfValuesIsRefused() {
        assertThatThrownBy(() -> export(List.of(List.of("广东")))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("row 1 has 1 values for 9 columns");
    }
}
