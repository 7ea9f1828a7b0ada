package org.salestrack.forecast.hierarchy;

import java.util.function.IntFunction;

/**
 * Makes base forecasts of every series of a hierarchy coherent: reconciled leaves b~ = G y^ for the chosen
 * method, every other series summed from them, so provinces add up to regions and SKUs to series exactly.
 */
public final class Reconciler {
    private Reconciler() {}

    public static ReconciledForecasts reconcile(Hierarchy hierarchy, BaseForecasts base, ReconciliationOptions options) {
        validate(hierarchy, base, options.method());
        int n = hierarchy.size();
        int horizon = base.horizon();
        ShrunkCovariance shrunk = base.residuals() == null ? null : ResidualCovariance.shrink(base.residuals());
        IntFunction<double[][]> mapping = mapping(hierarchy, base, options.method(), shrunk);

        double[][] mean = new double[n][horizon];
        double[][] p10 = base.hasIntervals() ? new double[n][horizon] : null;
        double[][] p90 = base.hasIntervals() ? new double[n][horizon] : null;
        double[][] correlation = intervalCorrelation(base, options.method(), shrunk);
        double[][] previousG = null;
        double[][] summedMapping = null;
        for (int step = 0; step < horizon; step++) {
            double[][] g = mapping.apply(step);
            double[] bottom = multiply(g, column(base.mean(), step));
            if (options.nonNegative()) {
                for (int j = 0; j < bottom.length; j++) bottom[j] = Math.max(0.0, bottom[j]);
            }
            double[] all = hierarchy.aggregate(bottom);
            for (int i = 0; i < n; i++) mean[i][step] = all[i];
            if (p10 == null) continue;
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

    /** G per step; every method but forecast proportions uses one G for the whole horizon. */
    private static IntFunction<double[][]> mapping(Hierarchy hierarchy, BaseForecasts base, ReconciliationMethod method, ShrunkCovariance shrunk) {
        int n = hierarchy.size();
        int m = hierarchy.leafCount();
        double[][] fixed = switch (method) {
            case BOTTOM_UP -> ProjectionMappings.bottomUp(n, m);
            case TOP_DOWN_AVERAGE_PROPORTIONS -> ProjectionMappings.topDown(HistoricalProportions.averageProportions(base.bottomHistory()), n);
            case TOP_DOWN_PROPORTIONS_OF_AVERAGES -> ProjectionMappings.topDown(HistoricalProportions.proportionsOfAverages(base.bottomHistory()), n);
            case TOP_DOWN_FORECAST_PROPORTIONS -> null;
            case OLS -> ProjectionMappings.ols(hierarchy.summingMatrix());
            case WLS_STRUCTURAL -> {
                double[][] s = hierarchy.summingMatrix();
                yield ProjectionMappings.weighted(s, ProjectionMappings.structuralWeights(s));
            }
            case WLS_VARIANCE -> ProjectionMappings.weighted(hierarchy.summingMatrix(), ResidualCovariance.variances(base.residuals()));
            case MINT_SHRINK -> ProjectionMappings.minT(hierarchy.summingMatrix(), shrunk.covariance());
            case MINT_SAMPLE -> ProjectionMappings.minT(hierarchy.summingMatrix(), ResidualCovariance.sample(base.residuals()));
        };
        if (fixed != null) return step -> fixed;
        ForecastProportions proportions = new ForecastProportions(hierarchy);
        return step -> ProjectionMappings.topDown(proportions.leafShares(column(base.mean(), step)), n);
    }

    /** Sample correlation for MinT-sample, the shrunk one otherwise; none without residuals. */
    private static double[][] intervalCorrelation(BaseForecasts base, ReconciliationMethod method, ShrunkCovariance shrunk) {
        if (!base.hasIntervals() || shrunk == null) return null;
        double[][] covariance = method == ReconciliationMethod.MINT_SAMPLE ? ResidualCovariance.sample(base.residuals()) : shrunk.covariance();
        return ResidualCovariance.correlation(covariance);
    }

    private static void validate(Hierarchy hierarchy, BaseForecasts base, ReconciliationMethod method) {
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

    private static double[] multiply(double[][] g, double[] y) {
        double[] result = new double[g.length];
        for (int j = 0; j < g.length; j++) {
            double sum = 0;
            for (int k = 0; k < y.length; k++) sum += g[j][k] * y[k];
            result[j] = sum;
        }
        return result;
    }
}
