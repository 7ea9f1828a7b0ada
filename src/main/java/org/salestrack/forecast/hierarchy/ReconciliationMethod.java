package org.salestrack.forecast.hierarchy;

/**
 * How base forecasts are made coherent. Every method is a projection y~ = S G y^ with its own G (m x n);
 * see Hyndman &amp; Athanasopoulos, <i>Forecasting: Principles and Practice</i> (3rd ed.), ch. 11.
 */
public enum ReconciliationMethod {
    /** Leaves' base forecasts summed upwards; the other base forecasts are ignored. */
    BOTTOM_UP(false, false),
    /** The total split by the average of the leaves' historical shares (Gross &amp; Sohl 1990, method A). */
    TOP_DOWN_AVERAGE_PROPORTIONS(true, false),
    /** The total split by the leaves' share of the historical average (Gross &amp; Sohl 1990, method F). */
    TOP_DOWN_PROPORTIONS_OF_AVERAGES(true, false),
    /**
     * The total split level by level by the base forecasts' own shares (Athanasopoulos, Ahmed &amp; Hyndman
     * 2009); needs a single-dimension tree, as a grouped structure has no unique path from total to leaf.
     */
    TOP_DOWN_FORECAST_PROPORTIONS(false, false),
    /** Ordinary least squares: W = I (Hyndman et al. 2011). */
    OLS(false, false),
    /** Weighted least squares with structural scaling: W = diag(S 1), the number of leaves under a node. */
    WLS_STRUCTURAL(false, false),
    /** Weighted least squares with the in-sample one-step residual variances on the diagonal. */
    WLS_VARIANCE(false, true),
    /** MinT with the Schäfer-Strimmer shrinkage of the residual covariance towards its diagonal. */
    MINT_SHRINK(false, true),
    /** MinT with the raw sample covariance; only well-posed when there are many more periods than series. */
    MINT_SAMPLE(false, true);

    private final boolean needsHistory;
    private final boolean needsResiduals;

    ReconciliationMethod(boolean needsHistory, boolean needsResiduals) {
        this.needsHistory = needsHistory;
        this.needsResiduals = needsResiduals;
    }

    /** True when the leaves' sales history is required. */
    public boolean needsHistory() {
        return needsHistory;
    }

    /** True when in-sample one-step residuals of every series are required. */
    public boolean needsResiduals() {
        return needsResiduals;
    }
}
