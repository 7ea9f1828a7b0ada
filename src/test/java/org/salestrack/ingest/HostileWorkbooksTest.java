package org.salestrack.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.ingest.profile.MappingProfile;

/**
 * The hostile-file corpus, workbook shapes (issue 13 item 6): hidden sheets, a sheet 16,384 columns wide, and
 * dates Excel gets wrong (its 1900 leap-year bug) or cannot hold (before 1900, typed as text). Each is read as
 * a person looking at the workbook would read it, or its rows are refused with a reason.
 */
class HostileWorkbooksTest {
    private static final String[] HEAD = {"订单号", "收货地区", "下单时间", "商品编号", "数量", "应付金额"};

    @TempDir
    Path tmp;
    IngestFixture fx;
    MappingProfile jd;

    @BeforeEach
    void setUp() {
        fx = new IngestFixture(tmp);
        jd = IngestFixture.profile("jd-profile.json");
    }

    private static void orders(Sheet s, Object[][] rows) {
        Row h = s.createRow(0);
        for (int i = 0; i < HEAD.length; i++) h.createCell(i).setCellValue(HEAD[i]);
        for (int r = 0; r < rows.length; r++) {
            Row row = s.createRow(r + 1);
            for (int c = 0; c < rows[r].length; c++) {
                if (rows[r][c] instanceof Number n) row.createCell(c).setCellValue(n.doubleValue());
                else row.createCell(c).setCellValue(rows[r][c].toString());
            }
        }
    }

    private List<String> storedOrders() throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = fx.workspace.connect(); ResultSet rs = c.createStatement().executeQuery("SELECT order_id FROM sale ORDER BY order_id")) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }

    /**
     * A hidden first sheet (an old copy, a lookup) holds the same columns with other orders: what is read is the
     * sheet the user sees, not the hidden one that happens to come first.
     */
    @Test
    void aHiddenSheetIsNotReadInsteadOfTheVisibleOne() throws Exception {
        Path f = tmp.resolve("hidden.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
            orders(wb.createSheet("旧订单"), new Object[][] {{"OLD1", "广东", "2024/1/1 9:00", "P10", 1, 100.0}});
            orders(wb.createSheet("订单"), new Object[][] {{"JD1", "广东", "2024/3/1 9:30", "P10", 1, 5999.0},
                    {"JD2", "四川", "2024/3/2 14:05", "W2", 2, 1998.0}});
            wb.setSheetHidden(0, true);
            wb.setActiveSheet(1);
            wb.write(out);
        }
        ImportResult r = fx.importFile(f, jd);
        assertThat(r.stored()).isEqualTo(2);
        assertThat(storedOrders()).containsExactly("JD1", "JD2");
        assertThat(fx.total().amount()).isEqualByComparingTo("7997.00");
    }

    /** A sheet as wide as Excel allows (column XFD used): the mapped columns are read, the far ones ignored, memory bounded. */
    @Test
    void aSheet16384ColumnsWideIsReadByItsMappedColumns() throws Exception {
        Path f = tmp.resolve("wide.xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(50); OutputStream out = Files.newOutputStream(f)) {
            Sheet s = wb.createSheet("订单");
            Object[][] rows = {{"JD1", "广东", "2024/3/1 9:30", "P10", 1, 5999.0}, {"JD2", "四川", "2024/3/2 14:05", "W2", 2, 1998.0}};
            Row h = s.createRow(0);
            for (int i = 0; i < HEAD.length; i++) h.createCell(i).setCellValue(HEAD[i]);
            for (int c = HEAD.length; c < 16_384; c++) h.createCell(c).setCellValue("备注" + c);
            for (int r = 0; r < rows.length; r++) {
                Row row = s.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] instanceof Number n) row.createCell(c).setCellValue(n.doubleValue());
                    else row.createCell(c).setCellValue(rows[r][c].toString());
                }
                row.createCell(16_383).setCellValue("最后一列");
            }
            wb.write(out);
            wb.dispose();
        }
        ImportResult r = fx.importFile(f, jd);
        assertThat(r.stored()).isEqualTo(2);
        assertThat(fx.total().amount()).isEqualByComparingTo("7997.00");
    }

    /**
     * Excel counts a 29 February 1900 that never was (serial 60), so a date cell holding it is no date: the row is
     * refused with "no such date", not moved silently to 1 March. The days around it read as Excel shows them.
     */
    @Test
    void excelsFictitious29February1900IsRefusedAndItsNeighboursReadAsShown() throws Exception {
        Path f = tmp.resolve("1900.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
            Sheet s = wb.createSheet("订单");
            // twenty ordinary orders besides, so one bad row stays under the share of bad rows a file may have
            List<Object[]> rows = new ArrayList<>(List.of(new Object[][] {{"D59", "广东", "x", "P10", 1, 10.0}, {"D60", "广东", "x", "P10", 1, 20.0},
                    {"D61", "广东", "x", "P10", 1, 30.0}, {"D1", "广东", "x", "P10", 1, 40.0}}));
            for (int i = 10; i < 30; i++) rows.add(new Object[] {"F" + i, "广东", "2024/3/1 9:30", "P10", 1, 1.0});
            orders(s, rows.toArray(new Object[0][]));
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy/m/d h:mm"));
            double[] serials = {59, 60, 61, 1};
            for (int r = 0; r < serials.length; r++) {
                s.getRow(r + 1).getCell(2).setCellValue(serials[r]);
                s.getRow(r + 1).getCell(2).setCellStyle(date);
            }
            wb.write(out);
        }
        ImportResult r = fx.importFile(f, jd);
        assertThat(r.stored()).isEqualTo(23);
        assertThat(r.rejected() + r.quarantined()).isEqualTo(1);
        try (Connection c = fx.workspace.connect(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT order_id, substr(sold_at, 1, 10) FROM sale WHERE order_id LIKE 'D%' ORDER BY order_id")) {
            List<String> got = new ArrayList<>();
            while (rs.next()) got.add(rs.getString(1) + " " + rs.getString(2));
            assertThat(got).containsExactly("D1 1900-01-01", "D59 1900-02-28", "D61 1900-03-01");
        }
        try (Connection c = fx.workspace.connect(); ResultSet rs = c.createStatement().executeQuery("SELECT reason FROM quarantine")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).contains("1900-02-29").contains("no such date");
        }
    }
}
