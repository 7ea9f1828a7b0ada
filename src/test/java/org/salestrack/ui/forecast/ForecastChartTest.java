package org.salestrack.ui.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The forecast chart's defects of issues 11 and 23: the 1970 axis, the band's legend, month labels that overlap. */
class ForecastChartTest {
    private static ForecastChart withMonths(int history, int future) {
        ForecastChart c = new ForecastChart();
        c.labels("Actual", "Fitted", "Backtest", "Forecast", "Scenario", "P10–P90", "Month", "Units (pieces)");
        List<String> past = new ArrayList<>();
        List<String> next = new ArrayList<>();
        YearMonth m = YearMonth.of(2023, 1);
        double[] actual = new double[history];
        for (int i = 0; i < history; i++, m = m.plusMonths(1)) {
            past.add(m.toString());
            actual[i] = 1000 + 37 * i;
        }
        double[] mean = new double[future];
        double[] lo = new double[future];
        double[] hi = new double[future];
        for (int i = 0; i < future; i++, m = m.plusMonths(1)) {
            next.add(m.toString());
            mean[i] = 2000;
            lo[i] = 1500;
            hi[i] = 2500;
        }
        c.show(past, actual, null, null, next, mean, lo, hi, null);
        return c;
    }

    @Test
    void withoutDataTheAxesAreHiddenRatherThanShowing1970() {
        ForecastChart c = new ForecastChart();
        assertThat(c.axesShown()).isFalse();
        assertThat(c.chart().getXYPlot().getRangeAxis().isVisible()).isFalse();
        c = withMonths(24, 12);
        assertThat(c.axesShown()).isTrue();
        c.show(List.of(), null, null, null, List.of(), null, null, null, null);
        assertThat(c.axesShown()).isFalse();
        assertThat(c.chart().getLegend().isVisible()).isFalse();
    }

    @Test
    void theBandsLegendSwatchIsItsVisibleFill() {
        XYPlot plot = withMonths(24, 12).chart().getXYPlot();
        LegendItemCollection items = plot.getLegendItems();
        LegendItem band = null;
        for (int i = 0; i < items.getItemCount(); i++) if (items.get(i).getLabel().equals("P10–P90")) band = items.get(i);
        assertThat(band).isNotNull();
        assertThat(band.isShapeFilled()).isTrue();
        assertThat(band.getFillPaint()).isEqualTo(ForecastChart.BAND_FILL);
        assertThat(((java.awt.Color) band.getFillPaint()).getAlpha()).isEqualTo(255);
        assertThat(band.getShape().getBounds2D().getWidth()).isGreaterThanOrEqualTo(10);
    }

    @Test
    void theAxesSayWhatTheyMeasure() {
        XYPlot plot = withMonths(24, 12).chart().getXYPlot();
        assertThat(plot.getDomainAxis().getLabel()).isEqualTo("Month");
        assertThat(plot.getRangeAxis().getLabel()).isEqualTo("Units (pieces)");
    }

    /** Draws the chart at a width and checks that the month labels chosen leave a gap between each other. */
    @ParameterizedTest
    @ValueSource(ints = {420, 600, 730, 1000, 1500})
    void monthLabelsNeverRunTogetherAtAnyWidth(int width) {
        ForecastChart c = withMonths(24, 12);
        BufferedImage img = new BufferedImage(width, 360, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        org.jfree.chart.ChartRenderingInfo info = new org.jfree.chart.ChartRenderingInfo();
        c.chart().draw(g, new Rectangle2D.Double(0, 0, width, 360), info);
        DateAxis x = (DateAxis) c.chart().getXYPlot().getDomainAxis();
        DateTickUnit unit = x.getTickUnit();
        assertThat(unit.getUnitType()).isEqualTo(DateTickUnitType.MONTH);
        double monthsShown = (x.getUpperBound() - x.getLowerBound()) / (30.44 * 24 * 3600 * 1000);
        double spacing = info.getPlotInfo().getDataArea().getWidth() / (monthsShown / unit.getMultiple());
        Font font = x.getTickLabelFont();
        double labelWidth = g.getFontMetrics(font).stringWidth("2025-10");
        g.dispose();
        assertThat(spacing).as("labels every %d months at %d px", unit.getMultiple(), width).isGreaterThanOrEqualTo(labelWidth * 1.3);
        assertThat(monthsShown / unit.getMultiple()).isGreaterThanOrEqualTo(width >= 1000 ? 8 : 3);
    }
}
