package org.salestrack.model.marketing;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a campaign earned against its counterfactual baseline over its window: baseline and actual units,
 * revenue and margin, the increments with a central interval of {@code level} (from the baseline
 * forecast's quantiles), ROI = incremental margin / spend beside the plain revenue / spend, and the dip in
 * the days after it (negative when sales were pulled forward). {@code chart} holds the days for the chart.
 */
public record CampaignImpact(String code, String name, String tag, LocalDate starts, LocalDate ends, BigDecimal spend,
                             Measure units, Measure revenue, Measure margin, Double roi, Double revenuePerSpend,
                             int dipDays, double dipUnits, double dipRevenue, String baselineModel, double level,
                             Chart chart) {

    /** One measure over the window: baseline, actual, increment and its interval. */
    public record Measure(double baseline, double actual, double incremental, double incrementalLow, double incrementalHigh) {}

    /**
     * Daily revenue from {@code firstDay}: actual on every day; the baseline band (mean, low, high) from the
     * window's first day ({@code windowStart}) for {@code baselineMean.length} days; NaN elsewhere is never used.
     */
    public record Chart(LocalDate firstDay, double[] actualRevenue, int windowStart, int windowDays, double[] baselineMean,
                        double[] baselineLow, double[] baselineHigh) {}
}
