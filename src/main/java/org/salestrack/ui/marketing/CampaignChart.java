package org.salestrack.ui.marketing;

import java.awt.BasicStroke;
import java.awt.Color;
import java.time.LocalDate;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimePeriodAnchor;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.salestrack.model.marketing.CampaignImpact;
import org.salestrack.ui.chart.Charts;

/**
 * A campaign's daily revenue against its baseline: the actual line over the weeks before, the window and
 * the days after; the baseline forecast with its band from the window on; the synthetic control's counterfactual from
 * the window on where the campaign left channels or regions untouched; the window shaded. Changed on
 * the FX thread only, with notification off while the series are refilled.
 */
final class CampaignChart {
    private static final Color ACTUAL = new Color(0x33414e);
    private static final Color BAND_FILL = new Color(0x9cc3e6);
    private static final Color WINDOW = new Color(0xf5d5a8);
    private static final Color SYNTHETIC = new Color(0x2e8b57);

    private final TimeSeries actual = new TimeSeries("actual");
    private final TimeSeries baseline = new TimeSeries("baseline");
    private final TimeSeries synthetic = new TimeSeries("synthetic");
    private final YIntervalSeries band = new YIntervalSeries("band");
    private final JFreeChart chart;
    private IntervalMarker window;

    CampaignChart() {
        TimeSeriesCollection lines = new TimeSeriesCollection();
        lines.setXPosition(TimePeriodAnchor.MIDDLE);
        lines.addSeries(actual);
        lines.addSeries(baseline);
        lines.addSeries(synthetic);
        YIntervalSeriesCollection bands = new YIntervalSeriesCollection();
        bands.addSeries(band);
        XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, false);
        lineRenderer.setSeriesPaint(0, ACTUAL);
        lineRenderer.setSeriesStroke(0, new BasicStroke(2f));
        lineRenderer.setSeriesPaint(1, Charts.PRIMARY);
        lineRenderer.setSeriesStroke(1, new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {6f, 4f}, 0f));
        lineRenderer.setSeriesPaint(2, SYNTHETIC);
        lineRenderer.setSeriesStroke(2, new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {2f, 3f}, 0f));
        DeviationRenderer bandRenderer = new DeviationRenderer(true, false);
        bandRenderer.setSeriesPaint(0, new Color(0, 0, 0, 0));
        bandRenderer.setSeriesFillPaint(0, BAND_FILL);
        bandRenderer.setAlpha(0.5f);
        NumberAxis y = new NumberAxis();
        y.setAutoRangeIncludesZero(true);
        DateAxis x = new DateAxis();
        Charts.dateTicks(x);
        chart = Charts.linesOverBands(lines, lineRenderer, bands, bandRenderer, x, y);
    }

    JFreeChart chart() { return chart; }

    void labels(String actualKey, String baselineKey, String bandKey, String syntheticKey, String yAxis, String noData,
                java.util.Locale locale) {
        actual.setKey(actualKey);
        synthetic.setKey(syntheticKey);
        baseline.setKey(baselineKey);
        band.setKey(bandKey);
        org.salestrack.ui.chart.Charts.moneyTicks((NumberAxis) chart.getXYPlot().getRangeAxis(), yAxis, locale);
        chart.getXYPlot().setNoDataMessage(noData);
        chart.fireChartChanged();
    }

    /** Shows one campaign, or nothing for null. */
    void show(CampaignImpact c) {
        chart.setNotify(false);
        try {
            actual.clear();
            baseline.clear();
            synthetic.clear();
            band.clear();
            XYPlot plot = chart.getXYPlot();
            if (window != null) plot.removeDomainMarker(window);
            window = null;
            // no campaign picked: no axes counting 0 0 1 1 over an empty range or dates at 00:00:00.000, only the hint
            plot.getDomainAxis().setVisible(c != null);
            plot.getRangeAxis().setVisible(c != null);
            if (c == null) return;
            CampaignImpact.Chart d = c.chart();
            for (int i = 0; i < d.actualRevenue().length; i++) actual.add(day(d.firstDay().plusDays(i)), d.actualRevenue()[i]);
            for (int k = 0; k < d.baselineMean().length; k++) {
                LocalDate day = d.firstDay().plusDays(d.windowStart() + k);
                baseline.add(day(day), d.baselineMean()[k]);
                band.add(millis(day) + 43_200_000L, d.baselineMean()[k], d.baselineLow()[k], d.baselineHigh()[k]);
            }
            // the synthetic control's counterfactual beside the forecast baseline, where untouched channels or regions exist
            if (c.synthetic() != null) {
                double[] v = c.synthetic().revenueFromWindow();
                for (int k = 0; k < v.length; k++) synthetic.add(day(d.firstDay().plusDays(d.windowStart() + k)), v[k]);
            }
            window = new IntervalMarker(millis(c.starts()), millis(c.ends().plusDays(1)));
            window.setPaint(WINDOW);
            window.setAlpha(0.45f);
            plot.addDomainMarker(window, org.jfree.chart.ui.Layer.BACKGROUND);
        } finally {
            chart.setNotify(true);
        }
    }

    private static Day day(LocalDate d) { return new Day(d.getDayOfMonth(), d.getMonthValue(), d.getYear()); }

    private static long millis(LocalDate d) {
        // JFreeChart's Day is in the JVM's zone; the marker must use the same midnight
        return d.atStartOfDay(java.time.ZoneId.systemDefault()).toInstant().toEpochMilli();
    }

}
