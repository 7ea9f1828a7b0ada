package org.salestrack.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDPt;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTPieSer;

/** The channel-mix pie gives each of its slices its own colour (issue 23: 12 slices repeated colours). */
class PieColoursTest {
    @Test
    void twelveSlicesHaveTwelveColours() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet sheet = wb.createSheet("s");
            for (int r = 0; r < 13; r++) {
                var row = sheet.createRow(r);
                row.createCell(0).setCellValue(r == 0 ? "channel" : "c" + r);
                if (r == 0) row.createCell(1).setCellValue("revenue"); else row.createCell(1).setCellValue(r * 10.0);
            }
            new SummaryCharts(sheet).pie(3, 0, 10, 15, "mix", 0, 1, 1, 12);
            CTPieSer ser = sheet.getDrawingPatriarch().getCharts().get(0).getCTChart().getPlotArea().getPieChartArray(0).getSerArray(0);
            Set<String> colours = new HashSet<>();
            for (CTDPt pt : ser.getDPtList()) colours.add(java.util.HexFormat.of().formatHex(pt.getSpPr().getSolidFill().getSrgbClr().getVal()));
            assertThat(ser.getDPtList()).hasSize(12);
            assertThat(colours).hasSize(12);
        }
    }
}
