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
                             Chart chart, Synthetic synthetic, Effect halo, Effect dip) {

    /** Without the synthetic control, the halo and the dip's interval (measured apart, then added by {@link #with}). */
    public CampaignImpact(String code, String name, String tag, LocalDate starts, LocalDate ends, BigDecimal spend,
                          Measure units, Measure revenue, Measure margin, Double roi, Double revenuePerSpend,
                          int dipDays, double dipUnits, double dipRevenue, String baselineModel, double level, Chart chart) {
        this(code, name, tag, starts, ends, spend, units, revenue, margin, roi, revenuePerSpend, dipDays, dipUnits, dipRevenue,
                baselineModel, level, chart, null, null, null);
    }

    /** The same impact with a synthetic control and a halo (either null when there is none). */
    public CampaignImpact with(Synthetic s, Effect h) {
        return new CampaignImpact(code, name, tag, starts, ends, spend, units, revenue, margin, roi, revenuePerSpend, dipDays,
                dipUnits, dipRevenue, baselineModel, level, chart, s, h, dip);
    }

    /**
     * Units and revenue against a baseline over {@code days} days (the halo: the window on the channels the campaign did
     * not touch; the dip: the days after the window), increments with the impact's interval.
     */
    public record Effect(int days, Measure units, Measure revenue) {}

    /**
     * The counterfactual as a weighted combination of the units the campaign did not touch ({@code donors}: a channel's
     * sales, or a province's sales on the campaign's channels), each indexed to its mean of the fit days; non-negative
     * weights summing to 1, fitted by least squares on {@code fitDays} clean days before the window ({@code fitRmse}:
     * the fit's root mean square error in units a day). {@code revenueFromWindow}: the counterfactual's daily revenue
     * from the window's first day over the window and the days after, for the chart.
     */
    public record Synthetic(java.util.List<String> donors, double[] weights, int fitDays, double fitRmse, Measure units,
                            Measure revenue, double[] revenueFromWindow) {
        /** The donors' indexes with a weight of at least 0.0005, heaviest first: the ones worth naming. */
        public java.util.List<Integer> heaviest() {
            java.util.List<Integer> out = new java.util.ArrayList<>();
            for (int i = 0; i < weights.length; i++) if (weights[i] >= 0.0005) out.add(i);
            out.sort((a, b) -> Double.compare(weights[b], weights[a]));
            return out;
        }
    }

    /** One measure over the window: baseline, actual, increment and its interval. */
    public record Measure(double baseline, double actual, double incremental, double incrementalLow, double incrementalHigh) {}

    /**
     * Daily revenue from {@code firstDay}: actual on every day; the baseline band (mean, low, high) from the
     * window's first day ({@code windowStart}) for {@code baselineMean.length} days; NaN elsewhere is never used.
     */
    public record Chart(LocalDate firstDay, double[] actualRevenue, int windowStart, int windowDays, double[] baselineMean,
                        double[] baselineLow, double[] baselineHigh) {}
}
