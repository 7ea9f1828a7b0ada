package org.salestrack.forecast.hierarchy;

/**
 * The leaves' shares of the total from history given as [leaf][time], for top-down reconciliation
 * (Gross &amp; Sohl 1990; compared in Athanasopoulos, Ahmed &amp; Hyndman 2009).
 */
public final class HistoricalProportions {
    private HistoricalProportions() {}

    /** p_j = mean over t of y_j,t / y_t; periods with a zero total carry no share and are skipped. */
    public static double[] averageProportions(double[][] bottomHistory) {
        double[] totals = totals(bottomHistory);
        double[] proportions = new double[bottomHistory.length];
        int used = 0;
        for (int t = 0; t < totals.length; t++) {
            if (totals[t] == 0) continue;
            used++;
            for (int j = 0; j < bottomHistory.length; j++) proportions[j] += bottomHistory[j][t] / totals[t];
        }
        if (used == 0) throw new IllegalArgumentException("the history's total is zero in every period");
        for (int j = 0; j < proportions.length; j++) proportions[j] /= used;
        return proportions;
    }

    /** p_j = (mean over t of y_j,t) / (mean over t of y_t). */
    public static double[] proportionsOfAverages(double[][] bottomHistory) {
        double grand = 0;
        double[] sums = new double[bottomHistory.length];
        for (int j = 0; j < bottomHistory.length; j++) {
            for (double v : bottomHistory[j]) sums[j] += v;
            grand += sums[j];
        }
        if (grand == 0) throw new IllegalArgumentException("the history's total is zero");
        for (int j = 0; j < sums.length; j++) sums[j] /= grand;
        return sums;
    }

    private static double[] totals(double[][] bottomHistory) {
        if (bottomHistory.length == 0) throw new IllegalArgumentException("no history");
        int periods = bottomHistory[0].length;
        double[] totals = new double[periods];
        for (double[] leaf : bottomHistory) {
            if (leaf.length != periods) throw new IllegalArgumentException("leaf histories have different lengths");
            for (int t = 0; t < periods; t++) {
                if (!Double.isFinite(leaf[t])) throw new IllegalArgumentException("history has a missing value at period " + t);
                totals[t] += leaf[t];
            }
        }
        return totals;
    }
}
