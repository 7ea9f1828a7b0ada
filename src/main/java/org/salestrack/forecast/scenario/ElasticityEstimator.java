package org.salestrack.forecast.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * Price elasticity from history: ln(units_t) = a + e ln(price_t) [+ b t] [+ season dummies] + error, by
 * least squares. The trend and season controls keep a phone's usual life cycle (price falls while
 * sales fall) from passing for price response; they are dropped when the data cannot carry them. The
 * estimate is then combined with a normal prior as a precision-weighted mean, the posterior mean of a
 * normal-normal model, so thin or flat-price data leans on the prior and rich data on itself. The default
 * prior, -1.5 with standard deviation 1, is deliberately milder than the mean of about -2.6 across
 * published price elasticities (Bijmolt, van Heerde &amp; Pieters 2005), so that a scenario without evidence
 * of its own does not overstate how much a price cut sells; the lead can pass another prior.
 */
public final class ElasticityEstimator {
    public static final double DEFAULT_PRIOR = -1.5;
    public static final double DEFAULT_PRIOR_STANDARD_ERROR = 1.0;
    /** Controls are added only while this many residual degrees of freedom remain. */
    static final int MIN_DF_WITH_CONTROLS = 5;
    private static final double MIN_LOG_PRICE_SPREAD = 1e-6;

    private final double prior;
    private final double priorStandardError;

    public ElasticityEstimator() {
        this(DEFAULT_PRIOR, DEFAULT_PRIOR_STANDARD_ERROR);
    }

    public ElasticityEstimator(double prior, double priorStandardError) {
        if (!Double.isFinite(prior)) throw new IllegalArgumentException("prior must be a number");
        if (!(priorStandardError > 0) || Double.isInfinite(priorStandardError)) throw new IllegalArgumentException("prior standard error must be positive");
        this.prior = prior;
        this.priorStandardError = priorStandardError;
    }

    /**
     * @param units        units sold per period
     * @param prices       average selling price per period (same length)
     * @param seasonLength periods per season (12 monthly, 52 weekly), or 0/1 for none
     */
    public ElasticityEstimate estimate(double[] units, double[] prices, int seasonLength) {
        if (units.length != prices.length) throw new IllegalArgumentException("units and prices have different lengths: " + units.length + " and " + prices.length);
        List<Integer> periods = new ArrayList<>();
        for (int t = 0; t < units.length; t++) {
            if (units[t] > 0 && prices[t] > 0 && Double.isFinite(units[t]) && Double.isFinite(prices[t])) periods.add(t);
        }
        int n = periods.size();
        if (n < 3 || logPriceSpread(prices, periods) < MIN_LOG_PRICE_SPREAD) return priorOnly(n);

        double[] y = new double[n];
        for (int i = 0; i < n; i++) y[i] = Math.log(units[periods.get(i)]);
        boolean seasonal = seasonLength >= 2;
        for (boolean[] controls : new boolean[][] {{true, seasonal}, {true, false}, {false, false}}) {
            if (controls[1] && !seasonal) continue;
            int parameters = 2 + (controls[0] ? 1 : 0) + (controls[1] ? seasonLength - 1 : 0);
            boolean withControls = controls[0] || controls[1];
            if (withControls && n - parameters < MIN_DF_WITH_CONTROLS) continue;
            double[][] design = new double[n][];
            for (int i = 0; i < n; i++) {
                int t = periods.get(i);
                design[i] = LinearRegression.row(new double[] {Math.log(prices[t])}, t, controls[0], controls[1] ? seasonLength : 0);
            }
            LinearRegression.Fit fit = LinearRegression.fit(design, y);
            if (fit == null) continue;
            return shrunk(fit.coefficients()[1], fit.standardErrors()[1], n, controls[0], controls[1]);
        }
        return priorOnly(n);
    }

    private ElasticityEstimate shrunk(double estimate, double standardError, int n, boolean trend, boolean season) {
        double se2 = standardError * standardError;
        double weight = se2 / (se2 + priorStandardError * priorStandardError);
        double elasticity = weight * prior + (1 - weight) * estimate;
        return new ElasticityEstimate(elasticity, estimate, standardError, weight, prior, priorStandardError, n, trend, season);
    }

    private ElasticityEstimate priorOnly(int n) {
        return new ElasticityEstimate(prior, Double.NaN, Double.POSITIVE_INFINITY, 1.0, prior, priorStandardError, n, false, false);
    }

    private static double logPriceSpread(double[] prices, List<Integer> periods) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int t : periods) {
            min = Math.min(min, Math.log(prices[t]));
            max = Math.max(max, Math.log(prices[t]));
        }
        return max - min;
    }
}
