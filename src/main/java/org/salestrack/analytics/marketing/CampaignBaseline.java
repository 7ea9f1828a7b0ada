package org.salestrack.analytics.marketing;

import java.math.BigDecimal;
import java.util.Optional;
import org.salestrack.forecast.FittedModel;
import org.salestrack.forecast.ForecastModel;
import org.salestrack.forecast.ModelCatalog;
import org.salestrack.forecast.Prediction;
import org.salestrack.model.marketing.CampaignDays;
import org.salestrack.model.marketing.CampaignDonors;
import org.salestrack.model.marketing.CampaignImpact;

/**
 * A campaign's incremental sales: the forecasting engine fits the daily units of the weeks before the
 * window (weekly season) and forecasts the window and the days after; that forecast is the counterfactual.
 * Days of other campaigns in those weeks are replaced by the mean of the same weekday on the clean days,
 * so one promotion is not taken for the organic level of the next. Baseline revenue and margin are the
 * baseline units at the clean weeks' revenue and margin per unit: without the campaign its discount would
 * not have been given either.
 *
 * The interval of a window total adds the per-day quantiles, which is exact when the days' errors move
 * together and wider than needed when they do not: a forecast's level error is shared by every day.
 */
public final class CampaignBaseline {
    public static final int MIN_HISTORY_DAYS = 14;
    public static final double LEVEL = 0.90;
    /** In-time placebos of the synthetic control's interval: runs of the window's length held out before it. */
    static final int PLACEBOS = 20;
    private static final int WEEK = 7;

    private final ForecastModel model;

    public CampaignBaseline(String modelKey) { this.model = ModelCatalog.byKey(modelKey); }

    public CampaignBaseline() { this("auto"); }

    /** The impact, or empty when fewer than {@link #MIN_HISTORY_DAYS} clean days precede the window. */
    public Optional<CampaignImpact> measure(CampaignDays d) {
        int start = d.index(d.starts());
        int window = d.windowDays();
        if (start < MIN_HISTORY_DAYS || start + window > d.units().length) return Optional.empty();
        double[] history = new double[start];
        int clean = 0;
        double cleanUnits = 0, cleanRevenue = 0, cleanMargin = 0;
        for (int i = 0; i < start; i++) {
            if (d.otherCampaign()[i]) continue;
            clean++;
            cleanUnits += d.units()[i];
            cleanRevenue += d.revenue()[i];
            cleanMargin += d.margin()[i];
        }
        if (clean < MIN_HISTORY_DAYS || cleanUnits <= 0) return Optional.empty();
        for (int i = 0; i < start; i++) history[i] = d.otherCampaign()[i] ? sameWeekdayMean(d, i, start) : d.units()[i];
        int after = 0;
        while (start + window + after < d.units().length && !d.otherCampaign()[start + window + after]) after++;
        int horizon = window + after;
        FittedModel fit = model.fit(history, WEEK);
        Prediction p = fit.predict(horizon).floorAtZero();
        double[] mean = p.mean();
        double[] low = p.quantile((1 - LEVEL) / 2);
        double[] high = p.quantile(1 - (1 - LEVEL) / 2);
        double price = cleanRevenue / cleanUnits;
        double unitMargin = cleanMargin / cleanUnits;

        CampaignImpact.Measure units = measure(d.units(), start, window, mean, low, high, 1);
        CampaignImpact.Measure revenue = measure(d.revenue(), start, window, mean, low, high, price);
        CampaignImpact.Measure margin = measure(d.margin(), start, window, mean, low, high, unitMargin);
        CampaignImpact.Measure dipU = measure(d.units(), start, window, horizon, mean, low, high, 1);
        CampaignImpact.Measure dipR = measure(d.revenue(), start, window, horizon, mean, low, high, price);
        double dipUnits = dipU.incremental(), dipRevenue = dipR.incremental();
        boolean spent = d.spend() != null && d.spend().signum() > 0;
        double spend = spent ? d.spend().doubleValue() : Double.NaN;
        double[] bandMean = scaled(mean, price), bandLow = scaled(low, price), bandHigh = scaled(high, price);
        CampaignImpact.Chart chart = new CampaignImpact.Chart(d.firstDay(), d.revenue().clone(), start, window, bandMean, bandLow, bandHigh);
        return Optional.of(new CampaignImpact(d.code(), d.name(), d.tag(), d.starts(), d.ends(),
                d.spend() == null ? BigDecimal.ZERO : d.spend(), units, revenue, margin,
                spent ? margin.incremental() / spend : null, spent ? revenue.actual() / spend : null,
                after, dipUnits, dipRevenue, fit.name(), LEVEL, chart, null, null,
                new CampaignImpact.Effect(after, dipU, dipR)));
    }

    /**
     * The halo: the window's units and revenue against their baseline in sales the campaign did not touch ({@code d}: the
     * campaign's region on its other channels, cut as a campaign's days); empty as {@link #measure} is.
     */
    public Optional<CampaignImpact.Effect> halo(CampaignDays d) {
        return measure(d).map(m -> new CampaignImpact.Effect(d.windowDays(), m.units(), m.revenue()));
    }

    /**
     * The synthetic control of {@code d} from {@code donors}: fitted on the days before the window that are clean for the
     * campaign's scope and for every donor, at least {@link #MIN_HISTORY_DAYS} of them. The window's interval (90%) is
     * the 5% and 95% quantiles of the errors of up to {@link #PLACEBOS} in-time placebos (a run of the window's length
     * held out of the fit and predicted); with fewer than 5 placebos (a short history), of the fit's residuals summed
     * over runs of the window's length; the interval is widened to hold the estimate when every placebo errs the same way.
     * Revenue at the clean
     * days' revenue per unit, as the forecast baseline. Empty without donors or clean days.
     */
    public Optional<CampaignImpact.Synthetic> synthetic(CampaignDays d, CampaignDonors donors) {
        if (donors == null || donors.names().isEmpty()) return Optional.empty();
        int start = d.index(d.starts());
        int window = d.windowDays();
        if (start < MIN_HISTORY_DAYS || start + window > d.units().length) return Optional.empty();
        boolean[] fitDays = new boolean[d.units().length];
        double cleanUnits = 0, cleanRevenue = 0;
        int clean = 0;
        for (int i = 0; i < start; i++) {
            if (d.otherCampaign()[i] || donors.touched()[i]) continue;
            fitDays[i] = true;
            clean++;
            cleanUnits += d.units()[i];
            cleanRevenue += d.revenue()[i];
        }
        if (clean < MIN_HISTORY_DAYS || cleanUnits <= 0) return Optional.empty();
        SyntheticControl.Fit fit = SyntheticControl.fit(d.units(), donors.units(), fitDays);
        if (fit == null) return Optional.empty();
        double price = cleanRevenue / cleanUnits;
        int after = 0;
        while (start + window + after < d.units().length && !d.otherCampaign()[start + window + after]) after++;
        double[] chart = new double[window + after];
        double base = 0, actual = 0, actualRevenue = 0;
        for (int k = 0; k < window + after; k++) {
            double v = fit.at(donors.units(), start + k);
            chart[k] = v * price;
            if (k < window) {
                base += v;
                actual += d.units()[start + k];
                actualRevenue += d.revenue()[start + k];
            }
        }
        double[] placebos = SyntheticControl.placeboErrors(d.units(), donors.units(), fitDays, window, PLACEBOS, MIN_HISTORY_DAYS);
        double lowErr, highErr;
        if (placebos.length >= 5) {
            lowErr = SyntheticControl.quantileOf(placebos, (1 - LEVEL) / 2);
            highErr = SyntheticControl.quantileOf(placebos, 1 - (1 - LEVEL) / 2);
        } else {
            lowErr = fit.runSumQuantile(window, (1 - LEVEL) / 2);
            highErr = fit.runSumQuantile(window, 1 - (1 - LEVEL) / 2);
        }
        // the increment is actual - (counterfactual + error): its low end takes the error's high quantile. When every
        // placebo errs the same way the interval would leave the estimate out: it is widened to hold it
        lowErr = Math.min(lowErr, 0);
        highErr = Math.max(highErr, 0);
        CampaignImpact.Measure units = new CampaignImpact.Measure(base, actual, actual - base, actual - base - highErr,
                actual - base - lowErr);
        CampaignImpact.Measure revenue = new CampaignImpact.Measure(base * price, actualRevenue, actualRevenue - base * price,
                actualRevenue - (base + highErr) * price, actualRevenue - (base + lowErr) * price);
        return Optional.of(new CampaignImpact.Synthetic(donors.names(), fit.weights(), fit.fitDays(), fit.rmse(), units, revenue,
                chart));
    }

    private static CampaignImpact.Measure measure(double[] actualDaily, int start, int window, double[] mean, double[] low,
                                                  double[] high, double scale) {
        return measure(actualDaily, start, 0, window, mean, low, high, scale);
    }

    /** Days {@code from} (inclusive) to {@code to} (exclusive) counted from the window's first day. */
    private static CampaignImpact.Measure measure(double[] actualDaily, int start, int from, int to, double[] mean, double[] low,
                                                  double[] high, double scale) {
        double actual = 0, base = 0, baseLow = 0, baseHigh = 0;
        for (int k = from; k < to; k++) {
            actual += actualDaily[start + k];
            base += mean[k] * scale;
            baseLow += low[k] * scale;
            baseHigh += high[k] * scale;
        }
        // a negative scale (selling below cost) swaps which end of the baseline gives which end of the increment
        double a = actual - baseHigh, b = actual - baseLow;
        return new CampaignImpact.Measure(base, actual, actual - base, Math.min(a, b), Math.max(a, b));
    }

    private static double sameWeekdayMean(CampaignDays d, int day, int end) {
        double sum = 0;
        int n = 0;
        for (int i = day % WEEK; i < end; i += WEEK) {
            if (!d.otherCampaign()[i]) {
                sum += d.units()[i];
                n++;
            }
        }
        if (n > 0) return sum / n;
        for (int i = 0; i < end; i++) {
            if (!d.otherCampaign()[i]) {
                sum += d.units()[i];
                n++;
            }
        }
        return sum / n;
    }

    private static double[] scaled(double[] v, double f) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) out[i] = v[i] * f;
        return out;
    }
}
