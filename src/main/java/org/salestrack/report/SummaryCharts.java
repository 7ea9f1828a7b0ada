package org.salestrack.report;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFPieChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDPt;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTPieSer;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Native Excel charts (DrawingML through POI's XDDF) over cell ranges of the summary sheet, so the charts
 * follow the numbers when a reader edits or re-sorts them.
 */
final class SummaryCharts {
    /** Tableau-like colours that stay distinct when printed in grey; enough for the 12 channels of a pie without repeats. */
    private static final byte[][] PALETTE = {rgb(0x4E79A7), rgb(0xF28E2B), rgb(0x59A14F), rgb(0xE15759), rgb(0x76B7B2),
        rgb(0xEDC948), rgb(0xB07AA1), rgb(0xFF9DA7), rgb(0x9C755F), rgb(0xBAB0AC), rgb(0x1F3A5F), rgb(0x8CD17D), rgb(0xD37295),
        rgb(0x499894), rgb(0xFABFD2), rgb(0x79706E)};

    private final XSSFSheet sheet;
    private XSSFDrawing drawing;

    SummaryCharts(XSSFSheet sheet) { this.sheet = sheet; }

    /** A chart placed over columns col1..col2 and rows row1..row2 (0-based, end exclusive). */
    private XSSFChart chart(int col1, int row1, int col2, int row2, String title) {
        if (drawing == null) drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, col1, row1, col2, row2);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        return chart;
    }

    /**
     * A line of the values in column {@code valueCol} against the labels in column {@code labelCol},
     * rows first..last; the series is named by the header cell above the values.
     */
    void line(int col1, int row1, int col2, int row2, String title, int labelCol, int valueCol, int first, int last) {
        XSSFChart chart = chart(col1, row1, col2, row2, title);
        XDDFCategoryAxis bottom = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis left = chart.createValueAxis(AxisPosition.LEFT);
        left.setCrosses(AxisCrosses.AUTO_ZERO);
        left.setNumberFormat("#,##0");
        XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, bottom, left);
        XDDFLineChartData.Series s = (XDDFLineChartData.Series) data.addSeries(labels(labelCol, first, last), values(valueCol, first, last));
        s.setTitle(null, new CellReference(sheet.getSheetName(), first - 1, valueCol, true, true));
        s.setSmooth(false);
        s.setMarkerStyle(MarkerStyle.CIRCLE);
        // without explicit line properties LibreOffice draws the markers only
        XDDFLineProperties line = new XDDFLineProperties(solid(PALETTE[0]));
        line.setWidth(2.0);
        XDDFShapeProperties shape = new XDDFShapeProperties();
        shape.setLineProperties(line);
        s.setShapeProperties(shape);
        chart.plot(data);
    }

    /** Slices of the values in {@code valueCol}, named by the labels in {@code labelCol}. */
    void pie(int col1, int row1, int col2, int row2, String title, int labelCol, int valueCol, int first, int last) {
        XSSFChart chart = chart(col1, row1, col2, row2, title);
        chart.getOrAddLegend().setPosition(LegendPosition.RIGHT);
        XDDFPieChartData data = (XDDFPieChartData) chart.createData(ChartTypes.PIE, null, null);
        data.setVaryColors(true);
        XDDFChartData.Series s = data.addSeries(labels(labelCol, first, last), values(valueCol, first, last));
        s.setTitle(null, new CellReference(sheet.getSheetName(), first - 1, valueCol, true, true));
        colourSlices(((XDDFPieChartData.Series) s).getCTPieSer(), last - first + 1);
        chart.plot(data);
    }

    /** Each slice its own colour: varyColors alone leaves the slices blank in LibreOffice. */
    private static void colourSlices(CTPieSer ser, int count) {
        for (int i = 0; i < count; i++) {
            CTDPt pt = ser.addNewDPt();
            pt.addNewIdx().setVal(i);
            pt.addNewBubble3D().setVal(false);
            XDDFShapeProperties shape = new XDDFShapeProperties();
            shape.setFillProperties(solid(PALETTE[i % PALETTE.length]));
            pt.addNewSpPr().set(shape.getXmlObject());
        }
    }

    private static XDDFSolidFillProperties solid(byte[] rgb) {
        return new XDDFSolidFillProperties(XDDFColor.from(rgb));
    }

    private static byte[] rgb(int v) {
        return new byte[] {(byte) (v >> 16), (byte) (v >> 8), (byte) v};
    }

    private XDDFDataSource<String> labels(int col, int first, int last) {
        return XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(first, last, col, col));
    }

    private XDDFNumericalDataSource<Double> values(int col, int first, int last) {
        return XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(first, last, col, col));
    }
}
