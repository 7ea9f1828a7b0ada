package org.salestrack.ui.chart;

import org.salestrack.model.Money;
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
import org.salestrack.ui.Format;

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
        // a gap after each legend entry: "Actual" and "Expected" ran together into "Actual— Expected"
        chart.getLegend().setItemLabelPadding(new org.jfree.chart.ui.RectangleInsets(2, 2, 2, 14));
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

    /**
     * A time chart of lines over shaded bands (a forecast's interval, a campaign's baseline range): the bands drawn
     * first, the house background and grid, small axis fonts, a legend. Axes and renderers come styled by the caller.
     */
    public static JFreeChart linesOverBands(org.jfree.data.xy.XYDataset lines, org.jfree.chart.renderer.xy.XYItemRenderer lineRenderer,
                                            org.jfree.data.xy.XYDataset bands, org.jfree.chart.renderer.xy.XYItemRenderer bandRenderer,
                                            org.jfree.chart.axis.ValueAxis x, NumberAxis y) {
        org.jfree.chart.plot.XYPlot plot = new org.jfree.chart.plot.XYPlot(lines, x, y, lineRenderer);
        plot.setDataset(1, bands);
        plot.setRenderer(1, bandRenderer);
        plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.FORWARD);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setOutlineVisible(false);
        JFreeChart chart = new JFreeChart(null, new Font(Fonts.awtFamily(), Font.BOLD, 14), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        Font small = new Font(Fonts.awtFamily(), Font.PLAIN, 11);
        x.setTickLabelFont(small);
        y.setTickLabelFont(small);
        x.setLabelFont(small);
        y.setLabelFont(small);
        chart.getLegend().setItemFont(small);
        chart.getLegend().setItemLabelPadding(new org.jfree.chart.ui.RectangleInsets(2, 2, 2, 14));
        chart.getLegend().setBackgroundPaint(Color.WHITE);
        return chart;
    }

    /** Value axis labels as 10M / 1000万 in the user's language: full numbers overlap on a narrow chart. */
    public static void compactValues(JFreeChart chart, java.util.Locale locale) {
        NumberFormat f = NumberFormat.getCompactNumberInstance(locale, NumberFormat.Style.SHORT);
        f.setMaximumFractionDigits(1);
        NumberAxis axis = (NumberAxis) chart.getCategoryPlot().getRangeAxis();
        axis.setNumberFormatOverride(f);
        // after a share's narrow axis, counts start at zero again
        axis.setAutoRangeIncludesZero(true);
    }

    /** A value axis of shares: "12%" ticks, the label as given, tooltips with one decimal ("2025-03: 12.3%"). */
    public static void percentAxis(JFreeChart chart, String label, java.util.Locale locale) {
        CategoryPlot plot = chart.getCategoryPlot();
        NumberAxis axis = (NumberAxis) plot.getRangeAxis();
        // shares move within a few points: ticks with a decimal, from standard (not whole-number) units
        axis.setStandardTickUnits(NumberAxis.createStandardTickUnits());
        axis.setAutoRangeIncludesZero(false);
        NumberFormat f = NumberFormat.getPercentInstance(locale);
        f.setMaximumFractionDigits(1);
        axis.setNumberFormatOverride(f);
        axis.setLabel(label);
        plot.getRenderer().setDefaultToolTipGenerator((data, row, column) -> {
            Number v = data.getValue(row, column);
            String share = v == null || Double.isNaN(v.doubleValue()) ? "–" : Format.percent(java.util.OptionalDouble.of(v.doubleValue()), locale);
            return data.getColumnKey(column) + ": " + share;
        });
    }

    /**
     * A money value axis: its label says the unit ("Revenue (¥)"), ticks read ¥10M / ¥1,000万, and the
     * tooltips give the exact amount with ¥ ("2025-03 · This period: ¥25,004,198.00").
     */
    public static void moneyAxis(JFreeChart chart, String label, java.util.Locale locale) {
        CategoryPlot plot = chart.getCategoryPlot();
        moneyTicks((NumberAxis) plot.getRangeAxis(), label, locale);
        plot.getRenderer().setDefaultToolTipGenerator((data, row, column) -> {
            Number v = data.getValue(row, column);
            String amount = v == null ? "–" : Format.money(Money.e4OfYuan(v.doubleValue()), locale);
            String series = data.getRowCount() > 1 ? " · " + data.getRowKey(row) : "";
            return data.getColumnKey(column) + series + ": " + amount;
        });
    }

    /**
     * Dates on a time axis written as numbers (06-18, 2025-06, 2025), the same in English and Chinese and as the
     * dashboard's trend writes its periods: JFreeChart's own units print "18-Jun" whatever the workbench's language.
     */
    public static void dateTicks(org.jfree.chart.axis.DateAxis axis) {
        org.jfree.chart.axis.TickUnits units = new org.jfree.chart.axis.TickUnits();
        for (int days : new int[] {1, 2, 7, 14}) {
            units.add(new org.jfree.chart.axis.DateTickUnit(org.jfree.chart.axis.DateTickUnitType.DAY, days, new java.text.SimpleDateFormat("MM-dd")));
        }
        for (int months : new int[] {1, 2, 3, 6}) {
            units.add(new org.jfree.chart.axis.DateTickUnit(org.jfree.chart.axis.DateTickUnitType.MONTH, months, new java.text.SimpleDateFormat("yyyy-MM")));
        }
        for (int years : new int[] {1, 2, 5, 10}) {
            units.add(new org.jfree.chart.axis.DateTickUnit(org.jfree.chart.axis.DateTickUnitType.YEAR, years, new java.text.SimpleDateFormat("yyyy")));
        }
        axis.setStandardTickUnits(units);
    }

    /** A money value axis of any plot: the label with its unit, ticks ¥10M / ¥1,000万 in whole yuan. */
    public static void moneyTicks(NumberAxis axis, String label, java.util.Locale locale) {
        axis.setLabel(label);
        // whole yuan ticks: an empty chart's 0..1 axis would otherwise read ¥0 ¥0 ¥0 ¥1
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        axis.setAutoRangeIncludesZero(true);
        NumberFormat compact = NumberFormat.getCompactNumberInstance(locale, NumberFormat.Style.SHORT);
        compact.setMaximumFractionDigits(1);
        axis.setNumberFormatOverride(new PrefixFormat("¥", compact));
    }

    /** A number format that puts a currency sign before another format's text (axis ticks). */
    private static final class PrefixFormat extends NumberFormat {
        private final String prefix;
        private final NumberFormat inner;

        PrefixFormat(String prefix, NumberFormat inner) {
            this.prefix = prefix;
            this.inner = inner;
        }

        @Override
        public StringBuffer format(double number, StringBuffer to, java.text.FieldPosition pos) {
            return to.append(number < 0 ? "-" : "").append(prefix).append(inner.format(Math.abs(number)));
        }

        @Override
        public StringBuffer format(long number, StringBuffer to, java.text.FieldPosition pos) { return format((double) number, to, pos); }

        @Override
        public Number parse(String source, java.text.ParsePosition pos) { return inner.parse(source.replace(prefix, ""), pos); }
    }

    /** Shows at most about a dozen period labels, evenly spaced, so dates never run into each other. */
    public static void thinLabels(JFreeChart chart, java.util.List<String> periods) { thinLabels(chart, periods, 12); }

    /** Shows at most {@code labels} of the periods' labels, evenly spread: a narrow chart's rotated labels ran together. */
    public static void thinLabels(JFreeChart chart, java.util.List<String> periods, int labels) {
        CategoryAxis x = chart.getCategoryPlot().getDomainAxis();
        int step = Math.max(1, (periods.size() + labels - 1) / labels);
        for (int i = 0; i < periods.size(); i++) {
            x.setTickLabelPaint(periods.get(i), i % step == 0 ? new Color(0x52606d) : new Color(0, 0, 0, 0));
        }
    }
}
