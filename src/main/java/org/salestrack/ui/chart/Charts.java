package org.salestrack.ui.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import java.text.NumberFormat;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.salestrack.ui.Fonts;

/**
 * JFreeChart charts in the workbench's look, drawn with a CJK-capable font so Chinese labels render.
 * Charts are changed on the FX thread only, with notification off while a batch of values goes in.
 */
public final class Charts {
    public static final Color PRIMARY = new Color(0x1f6fb2);
    public static final Color SECONDARY = new Color(0xa7b4c2);
    private static final Color GRID = new Color(0xe3e7ec);

    private Charts() {}

    private static StandardChartTheme theme() {
        String family = Fonts.awtFamily();
        StandardChartTheme t = new StandardChartTheme("salestrack");
        t.setExtraLargeFont(new Font(family, Font.BOLD, 15));
        t.setLargeFont(new Font(family, Font.BOLD, 13));
        t.setRegularFont(new Font(family, Font.PLAIN, 12));
        t.setSmallFont(new Font(family, Font.PLAIN, 11));
        t.setChartBackgroundPaint(Color.WHITE);
        t.setPlotBackgroundPaint(Color.WHITE);
        t.setDomainGridlinePaint(GRID);
        t.setRangeGridlinePaint(GRID);
        t.setAxisLabelPaint(new Color(0x52606d));
        t.setTickLabelPaint(new Color(0x52606d));
        t.setLegendBackgroundPaint(Color.WHITE);
        t.setBarPainter(new StandardBarPainter());
        t.setShadowVisible(false);
        return t;
    }

    /** A line chart of two series (this period, last year) over category periods. */
    public static JFreeChart trend(DefaultCategoryDataset data) {
        JFreeChart chart = ChartFactory.createLineChart(null, null, null, data, PlotOrientation.VERTICAL, true, true, false);
        theme().apply(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        LineAndShapeRenderer r = (LineAndShapeRenderer) plot.getRenderer();
        r.setSeriesPaint(0, PRIMARY);
        r.setSeriesStroke(0, new BasicStroke(2.2f));
        r.setSeriesPaint(1, SECONDARY);
        r.setSeriesStroke(1, new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {5f, 4f}, 0f));
        r.setDefaultShapesVisible(false);
        ((NumberAxis) plot.getRangeAxis()).setNumberFormatOverride(NumberFormat.getIntegerInstance());
        CategoryAxis x = plot.getDomainAxis();
        x.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        x.setMaximumCategoryLabelLines(1);
        plot.setOutlineVisible(false);
        return chart;
    }

    /** A horizontal bar chart, one bar per category; clicks reach the viewer's chart mouse listeners. */
    public static JFreeChart bars(DefaultCategoryDataset data) {
        JFreeChart chart = ChartFactory.createBarChart(null, null, null, data, PlotOrientation.HORIZONTAL, false, true, false);
        theme().apply(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        // plain grouped numbers: the default switches to 2E7 for large revenue
        ((NumberAxis) plot.getRangeAxis()).setNumberFormatOverride(NumberFormat.getIntegerInstance());
        BarRenderer r = (BarRenderer) plot.getRenderer();
        r.setSeriesPaint(0, PRIMARY);
        r.setMaximumBarWidth(0.08);
        r.setItemMargin(0.02);
        plot.setOutlineVisible(false);
        return chart;
    }

    /** Value axis labels as 10M / 1000万 in the user's language: full numbers overlap on a narrow chart. */
    public static void compactValues(JFreeChart chart, java.util.Locale locale) {
        NumberFormat f = NumberFormat.getCompactNumberInstance(locale, NumberFormat.Style.SHORT);
        f.setMaximumFractionDigits(1);
        ((NumberAxis) chart.getCategoryPlot().getRangeAxis()).setNumberFormatOverride(f);
    }

    /** Shows every n-th period label so long daily trends stay legible. */
    public static void thinLabels(JFreeChart chart, java.util.List<String> periods) {
        CategoryAxis x = chart.getCategoryPlot().getDomainAxis();
        int step = Math.max(1, periods.size() / 14);
        for (int i = 0; i < periods.size(); i++) {
            x.setTickLabelPaint(periods.get(i), i % step == 0 ? new Color(0x52606d) : new Color(0, 0, 0, 0));
        }
    }
}
