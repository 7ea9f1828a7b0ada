package org.salestrack.analytics.inventory;

import org.salestrack.forecast.FittedModel;
import org.salestrack.forecast.ModelCatalog;

/**
 * Weekly demand from the forecasting engine: TSB (Teunter-Syntetos-Babai) when demand is intermittent,
 * as it is for most store x SKU series, ETS otherwise. The forecast error is the spread of the one-step
 * in-sample errors, which is what the safety stock must absorb.
 *
 * @param meanPerWeek the next week's forecast
 * @param sigmaPerWeek root mean square of the one-step errors
 * @param expected    the one-step in-sample forecast of each week (NaN before the model has one)
 * @param model       the method's name
 */
public record DemandForecast(double meanPerWeek, double sigmaPerWeek, double[] expected, String model) {
    /** Above this average interval between demands (Syntetos, Boylan and Croston 2005) demand counts as intermittent. */
    static final double INTERMITTENT_ADI = 1.32;

    public double meanPerDay() { return meanPerWeek / 7; }

    /** Weekly errors spread over seven independent days. */
    public double sigmaPerDay() { return sigmaPerWeek / Math.sqrt(7); }

    public static DemandForecast of(double[] weekly) {
        int demands = 0;
        for (double v : weekly) if (v > 0) demands++;
        if (demands == 0) return new DemandForecast(0, 0, new double[weekly.length], "none");
        FittedModel fit = fit(weekly, demands);
        double[] fitted = fit.fitted();
        double squares = 0;
        int n = 0;
        for (int t = 0; t < weekly.length; t++) {
            if (Double.isFinite(fitted[t])) {
                double e = weekly[t] - fitted[t];
                squares += e * e;
                n++;
            }
        }
        double mean = Math.max(0, fit.predict(1).mean()[0]);
        return new DemandForecast(mean, n == 0 ? 0 : Math.sqrt(squares / n), fitted, fit.name());
    }

    private static FittedModel fit(double[] weekly, int demands) {
        boolean intermittent = (double) weekly.length / demands > INTERMITTENT_ADI;
        try {
            return ModelCatalog.byKey(intermittent ? "tsb" : "ets").fit(weekly, 1);
        } catch (IllegalArgumentException | ArithmeticException e) {
            return ModelCatalog.byKey("tsb").fit(weekly, 1);
        }
    }

    /**
     * What was expected of each week, as it was forecast before it: the last {@code judged} weeks from the
     * origin before them (so a dip does not teach the model to expect the dip), the earlier weeks one step
     * ahead. NaN where the model had no forecast yet.
     */
    public static double[] expectedBefore(double[] weekly, int judged) {
        int origin = weekly.length - judged;
        double[] out = new double[weekly.length];
        java.util.Arrays.fill(out, Double.NaN);
        if (origin < 2) return out;
        double[] history = java.util.Arrays.copyOf(weekly, origin);
        int demands = 0;
        for (double v : history) if (v > 0) demands++;
        if (demands == 0) return out;
        FittedModel fit = fit(history, demands);
        System.arraycopy(fit.fitted(), 0, out, 0, origin);
        double[] ahead = fit.predict(judged).mean();
        for (int i = 0; i < judged; i++) out[origin + i] = Math.max(0, ahead[i]);
        return out;
    }
}
