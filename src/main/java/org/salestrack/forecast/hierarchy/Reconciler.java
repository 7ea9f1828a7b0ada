package org.salestrack.forecast.hierarchy;

import java.util.function.IntFunction;

/**
 * Makes base forecasts of every series of a hierarchy coherent: reconciled leaves b~ = G y^ for the chosen
 * method, every other series summed from them, so provinces add up to regions and SKUs to series exactly.
 */
public final class Reconciler {
    private Reconciler() {}

    public static ReconciledForecasts reconcile(SeriesHierarchy hierarchy, BaseForecasts base, ReconciliationOptions options) {
        validate(hierarchy, base, options.method());
        int n = hierarchy.size();
        int horizon = base.horizon();
        // The n x n covariance is costly on big hierarchies: estimate it only when MinT or intervals use it.
        boolean needCovariance = base.residuals() != null && (options.method().needsResiduals() || base.hasIntervals());
        ShrunkCovariance shrunk = needCovariance ? ResidualCovariance.shrink(base.residuals()) : null;
        IntFunction<StepMapping> mapping = mapping(hierarchy, base, options.method(), shrunk);

        double[][] mean = new double[n][horizon];
        double[][] p10 = base.hasIntervals() ? new double[n][horizon] : null;
        double[][] p90 = base.hasIntervals() ? new double[n][horizon] : null;
        ResidualCorrelation correlation = intervalCorrelation(base, options.method(), shrunk);
        double[][] previousG = null;
        double[][] summedMapping = null;
        for (int step = 0; step < horizon; step++) {
            StepMapping stepMapping = mapping.apply(step);
            double[] bottom = stepMapping.leaves(column(base.mean(), step));
            if (options.nonNegative()) {
                for (int j = 0; j < bottom.length; j++) bottom[j] = Math.max(0.0, bottom[j]);
            }
            double[] all = hierarchy.aggregate(bottom);
            for (int i = 0; i < n; i++) mean[i][step] = all[i];
            if (p10 == null) continue;
            double[][] g = stepMapping.dense();
            if (g != previousG) {
                summedMapping = ReconciledIntervals.summedMapping(hierarchy, g);
                previousG = g;
            }
            double[] low = ReconciledIntervals.reconciledSigma(summedMapping, ReconciledIntervals.baseSigma(base.mean(), base.p10(), step, true), correlation);
            double[] high = ReconciledIntervals.reconciledSigma(summedMapping, ReconciledIntervals.baseSigma(base.mean(), base.p90(), step, false), correlation);
            for (int i = 0; i < n; i++) {
                double lower = all[i] - ReconciledIntervals.Z90 * low[i];
                double upper = all[i] + ReconciledIntervals.Z90 * high[i];
                p10[i][step] = options.nonNegative() ? Math.max(0.0, lower) : lower;
                p90[i][step] = options.nonNegative() ? Math.max(0.0, upper) : upper;
            }
        }
        return new ReconciledForecasts(options.method(), mean, p10, p90, shrunk == null ? Double.NaN : shrunk.lambda());
    }

    /** The mapping per step; every method but forecast proportions uses one for the whole horizon. */
    private static IntFunction<StepMapping> mapping(SeriesHierarchy hierarchy, BaseForecasts base, ReconciliationMethod method, ShrunkCovariance shrunk) {
        int n = hierarchy.size();
        int m = hierarchy.leafCount();
        if (method == ReconciliationMethod.TOP_DOWN_FORECAST_PROPORTIONS) {
            ForecastProportions proportions = new ForecastProportions(hierarchy);
            return step -> StepMapping.topDown(proportions.leafShares(column(base.mean(), step)), n);
        }
        StepMapping fixed = switch (method) {
            case BOTTOM_UP -> StepMapping.bottomUp(n, m);
            case TOP_DOWN_AVERAGE_PROPORTIONS -> StepMapping.topDown(HistoricalProportions.averageProportions(base.bottomHistory()), n);
            case TOP_DOWN_PROPORTIONS_OF_AVERAGES -> StepMapping.topDown(HistoricalProportions.proportionsOfAverages(base.bottomHistory()), n);
            case OLS -> StepMapping.of(ProjectionMappings.ols(hierarchy.summingMatrix()));
            case WLS_STRUCTURAL -> {
                double[][] s = hierarchy.summingMatrix();
                yield StepMapping.of(ProjectionMappings.weighted(s, ProjectionMappings.structuralWeights(s)));
            }
            case WLS_VARIANCE -> StepMapping.of(ProjectionMappings.weighted(hierarchy.summingMatrix(), ResidualCovariance.variances(base.residuals())));
            case MINT_SHRINK -> StepMapping.of(ProjectionMappings.minT(hierarchy.summingMatrix(), shrunk.covariance()));
            case MINT_SAMPLE -> StepMapping.of(ProjectionMappings.minT(hierarchy.summingMatrix(), ResidualCovariance.sample(base.residuals())));
            case TOP_DOWN_FORECAST_PROPORTIONS -> throw new AssertionError("handled above");
        };
        return step -> fixed;
    }

    /** Sample correlation for MinT-sample, the shrunk one otherwise; none without residuals. */
    private static ResidualCorrelation intervalCorrelation(BaseForecasts base, ReconciliationMethod method, ShrunkCovariance shrunk) {
        if (!base.hasIntervals() || shrunk == null) return null;
        return ResidualCorrelation.of(base.residuals(), method == ReconciliationMethod.MINT_SAMPLE ? 0.0 : shrunk.lambda());
    }

    private static void validate(SeriesHierarchy hierarchy, BaseForecasts base, ReconciliationMethod method) {
        int n = hierarchy.size();
        if (base.mean() == null || base.mean().length != n) {
            throw new IllegalArgumentException("expected base forecasts for " + n + " series, got " + (base.mean() == null ? 0 : base.mean().length));
        }
        int horizon = base.horizon();
        checkShape("mean", base.mean(), n, horizon);
        if (base.p10() != null || base.p90() != null) {
            if (!base.hasIntervals()) throw new IllegalArgumentException("give both P10 and P90, or neither");
            checkShape("P10", base.p10(), n, horizon);
            checkShape("P90", base.p90(), n, horizon);
        }
        if (base.residuals() != null && base.residuals().length != n) {
            throw new IllegalArgumentException("expected residuals for " + n + " series, got " + base.residuals().length);
        }
        if (method.needsResiduals() && base.residuals() == null) throw new IllegalArgumentException(method + " needs in-sample residuals");
        if (method == ReconciliationMethod.MINT_SAMPLE && ResidualCovariance.completePeriods(base.residuals())[0].length <= n) {
            throw new IllegalArgumentException("MINT_SAMPLE needs more complete residual periods than the " + n + " series; use MINT_SHRINK");
        }
        if (method.needsHistory()) {
            if (base.bottomHistory() == null) throw new IllegalArgumentException(method + " needs the leaves' history");
            if (base.bottomHistory().length != hierarchy.leafCount()) {
                throw new IllegalArgumentException("expected history for " + hierarchy.leafCount() + " leaves, got " + base.bottomHistory().length);
            }
        }
    }

    private static void checkShape(String what, double[][] values, int rows, int columns) {
        if (values.length != rows) throw new IllegalArgumentException(what + ": expected " + rows + " series, got " + values.length);
        for (int i = 0; i < rows; i++) {
            if (values[i].length != columns) throw new IllegalArgumentException(what + ": series " + i + " has " + values[i].length + " steps, expected " + columns);
            for (double v : values[i]) {
                if (!Double.isFinite(v)) throw new IllegalArgumentException(what + ": series " + i + " has a missing value");
            }
        }
    }

    private static double[] column(double[][] values, int step) {
        double[] column = new double[values.length];
        for (int i = 0; i < values.length; i++) column[i] = values[i][step];
        return column;
    }
}
