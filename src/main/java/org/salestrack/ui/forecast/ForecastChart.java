package org.salestrack.ui.forecast;

import java.awt.BasicStroke;
import java.awt.Color;
import java.text.SimpleDateFormat;
import java.util.List;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.time.Month;
import org.jfree.data.time.TimePeriodAnchor;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.salestrack.ui.chart.Charts;

/**
 * History, in-sample fit, holdout backtest, forecast, scenario and the P10-P90 band on one monthly time
 * axis. Changed on the FX thread only, with notification off while the series are refilled.
 */
final class ForecastChart {
    static final Color HISTORY = new Color(0x33414e);
    static final Color FIT = new Color(0xa7b4c2);
    static final Color BACKTEST = new Color(0xd9822b);
    static final Color SCENARIO = new Color(0x2e8540);
    private static final Color BAND = new Color(0x1f6fb2);
    static final Color BAND_FILL = new Color(0x9cc3e6);
    static final String MONTH_LABEL = "\u2002\u2002yyyy-MM\u2002\u2002";

    private final YIntervalSeries band = new YIntervalSeries("P10–P90");
    private final TimeSeries history = new TimeSeries("history");
    private final TimeSeries fit = new TimeSeries("fit");
    private final TimeSeries backtest = new TimeSeries("backtest");
    private final TimeSeries forecast = new TimeSeries("forecast");
    private final TimeSeries scenario = new TimeSeries("scenario");
    private final JFreeChart chart;

    ForecastChart() {
        TimeSeriesCollection lines = new TimeSeriesCollection();
        lines.setXPosition(TimePeriodAnchor.MIDDLE);
        for (TimeSeries s : List.of(history, fit, backtest, forecast, scenario)) lines.addSeries(s);
        YIntervalSeriesCollection bands = new YIntervalSeriesCollection();
        bands.addSeries(band);
        DateAxis x = new DateAxis();
        Charts.dateTicks(x);
        NumberAxis y = new NumberAxis();
        y.setAutoRangeIncludesZero(true);
        XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, false);
        Color[] paints = {HISTORY, FIT, BACKTEST, Charts.PRIMARY, SCENARIO};
        for (int i = 0; i < paints.length; i++) {
            lineRenderer.setSeriesPaint(i, paints[i]);
            lineRenderer.setSeriesStroke(i, new BasicStroke(i == 1 ? 1.4f : 2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f,
                    i == 1 || i == 2 ? new float[] {5f, 4f} : null, 0f));
        }
        DeviationRenderer bandRenderer = new DeviationRenderer(true, false) {
            /** The band's line is invisible (only its fill shows), so its legend swatch is the fill. */
            @Override
            public LegendItem getLegendItem(int datasetIndex, int series) {
                LegendItem line = super.getLegendItem(datasetIndex, series);
                if (line == null) return null;
                LegendItem swatch = new LegendItem(line.getLabel(), null, null, null, new Rectangle2D.Double(-7, -5, 14, 10), BAND_FILL);
                swatch.setDataset(line.getDataset());
                swatch.setDatasetIndex(datasetIndex);
                swatch.setSeriesIndex(series);
                swatch.setSeriesKey(line.getSeriesKey());
                return swatch;
            }
        };
        bandRenderer.setSeriesPaint(0, new Color(BAND.getRed(), BAND.getGreen(), BAND.getBlue(), 0));
        bandRenderer.setSeriesFillPaint(0, BAND_FILL);
        bandRenderer.setAlpha(0.45f);
        chart = Charts.linesOverBands(lines, lineRenderer, bands, bandRenderer, x, y);
        // JFreeChart picks the finest of these steps whose labels do not overlap at the chart's width
        // JFreeChart only keeps labels from overlapping, so labels touch; the en spaces around each label are
        // counted in its width and keep a gap between neighbours
        TickUnits months = new TickUnits();
        for (int step : new int[] {1, 2, 3, 4, 6, 12, 24}) {
            months.add(new DateTickUnit(DateTickUnitType.MONTH, step, new SimpleDateFormat(MONTH_LABEL)));
        }
        x.setStandardTickUnits(months);
        x.setAutoTickUnitSelection(true);
        x.setTickLabelInsets(new org.jfree.chart.ui.RectangleInsets(2, 6, 2, 6));
        y.setNumberFormatOverride(new java.text.DecimalFormat("#,##0"));
        y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        showAxes(false);
    }

    JFreeChart chart() { return chart; }

    /** Legend and axis labels in the UI language. */
    void labels(String history, String fit, String backtest, String forecast, String scenario, String band, String xAxis, String yAxis) {
        chart.getXYPlot().getDomainAxis().setLabel(xAxis);
        chart.getXYPlot().getRangeAxis().setLabel(yAxis);
        this.history.setKey(history);
        this.fit.setKey(fit);
        this.backtest.setKey(backtest);
        this.forecast.setKey(forecast);
        this.scenario.setKey(scenario);
        this.band.setKey(band);
        // a series key change is not a dataset change: redraw so the legend follows the language
        chart.fireChartChanged();
    }

    /** Refills every series; nulls leave a series empty. Periods are "yyyy-MM". */
    void show(List<String> historyPeriods, double[] actual, double[] fitted, double[] backtestPath,
              List<String> futurePeriods, double[] mean, double[] p10, double[] p90, double[] scenarioMean) {
        chart.setNotify(false);
        try {
            showAxes(!historyPeriods.isEmpty());
            for (TimeSeries s : List.of(history, fit, backtest, forecast, scenario)) s.clear();
            band.clear();
            int n = historyPeriods.size();
            for (int i = 0; i < n; i++) {
                Month m = month(historyPeriods.get(i));
                if (actual != null) history.add(m, actual[i]);
                if (fitted != null && Double.isFinite(fitted[i])) fit.add(m, fitted[i]);
            }
            if (backtestPath != null) {
                for (int i = 0; i < backtestPath.length; i++) backtest.add(month(historyPeriods.get(n - backtestPath.length + i)), backtestPath[i]);
            }
            for (int i = 0; i < futurePeriods.size(); i++) {
                Month m = month(futurePeriods.get(i));
                if (mean != null) forecast.add(m, mean[i]);
                if (scenarioMean != null) scenario.add(m, scenarioMean[i]);
                if (p10 != null && p90 != null) band.add(m.getMiddleMillisecond(), mean == null ? (p10[i] + p90[i]) / 2 : mean[i], p10[i], p90[i]);
            }
        } finally {
            chart.setNotify(true);
        }
    }

    /** Without data an axis would show a meaningless range (1970); axes and legend show only with a series. */
    private void showAxes(boolean data) {
        chart.getXYPlot().getDomainAxis().setVisible(data);
        chart.getXYPlot().getRangeAxis().setVisible(data);
        chart.getLegend().setVisible(data);
    }

    boolean axesShown() { return chart.getXYPlot().getDomainAxis().isVisible(); }

    int count(String which) {
        return switch (which) {
            case "history" -> history.getItemCount();
            case "backtest" -> backtest.getItemCount();
            case "forecast" -> forecast.getItemCount();
            case "scenario" -> scenario.getItemCount();
            case "band" -> band.getItemCount();
            default -> fit.getItemCount();
        };
    }

    private static Month month(String label) {
        return new Month(Integer.parseInt(label.substring(5, 7)), Integer.parseInt(label.substring(0, 4)));
    }
}
