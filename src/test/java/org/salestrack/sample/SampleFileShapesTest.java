package org.salestrack.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The files have the awkward shapes their sources really send. */
class SampleFileShapesTest {
    private final Path dir = SampleFixture.dir();

    @Test
    void theTmallExportIsGbkThatDecodesAsGb18030AndNotAsUtf8() throws Exception {
        byte[] bytes = Files.readAllBytes(dir.resolve("online/tmall-orders-2024-01_2025-06.csv"));
        assertThatThrownBy(() -> StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))).isInstanceOf(CharacterCodingException.class);
        String text = Charset.forName("GB18030").newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
        assertThat(text).startsWith("订单编号,付款时间,宝贝标题,商家编码,购买数量,商品价格,实付金额,").contains("\r\n").contains("广东省");
    }

    @Test
    void thePosExportIsUtf8WithBom() throws Exception {
        byte[] bytes = Files.readAllBytes(dir.resolve("stores/pos-sales-2024-2025.csv"));
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("门店编码,门店类型,省份,单据号").contains("\"");
    }

    @Test
    void theJdWorkbookHasABannerAMergedTwoRowHeaderAndRealDateCells() throws Exception {
        try (XSSFWorkbook wb = SampleLines.workbook(dir.resolve("online/jd-orders-2024-2025.xlsx"))) {
            Sheet s = wb.getSheetAt(0);
            assertThat(s.getSheetName()).isEqualTo("订单明细");
            assertThat(s.getRow(0).getCell(0).getStringCellValue()).contains("订单明细导出");
            assertThat(s.getMergedRegions()).contains(CellRangeAddress.valueOf("A1:J1"), CellRangeAddress.valueOf("A2:J2"),
                    CellRangeAddress.valueOf("A3:A4"), CellRangeAddress.valueOf("B3:C3"), CellRangeAddress.valueOf("D3:H3"),
                    CellRangeAddress.valueOf("I3:J3"));
            assertThat(s.getRow(2).getCell(0).getStringCellValue()).isEqualTo("订单号");
            assertThat(s.getRow(3).getCell(0)).isNull();
            assertThat(s.getRow(3).getCell(1).getStringCellValue()).isEqualTo("下单时间");
            assertThat(s.getRow(4).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(s.getRow(4).getCell(1))).isTrue();
            assertThat(s.getRow(4).getCell(6).getStringCellValue()).startsWith("¥").contains(",");
            assertThat(wb.getProperties().getCoreProperties().getCreated()).isNotNull();
        }
    }

    @Test
    void dealerWorkbooksHoldSellThroughAndStockWithMonthDateCells() throws Exception {
        try (XSSFWorkbook wb = SampleLines.workbook(dir.resolve("dealers/dealer-D001.xlsx"))) {
            assertThat(wb.getSheetName(0)).isEqualTo("销售明细");
            assertThat(wb.getSheetName(1)).isEqualTo("库存");
            Sheet s = wb.getSheet("销售明细");
            assertThat(s.getRow(2).getCell(0).getStringCellValue()).isEqualTo("月份");
            assertThat(DateUtil.isCellDateFormatted(s.getRow(3).getCell(0))).isTrue();
        }
    }

    @Test
    void everyShippedProfileIsCopiedNextToTheSamples() {
        for (String name : ShippedProfiles.NAMES) assertThat(dir.resolve("profiles/" + name + ".json")).exists();
        assertThat(SampleFixture.set().files()).allSatisfy(f -> assertThat(ShippedProfiles.NAMES).contains(f.profile()));
    }
}
