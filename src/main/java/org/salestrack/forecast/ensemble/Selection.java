package org.salestrack.forecast.ensemble;

/** How {@link AutoModel} chooses a method for a series. */
public enum Selection {
    /** Mean of ETS, ARIMA and Theta (STL+ETS and Theta for seasons above 24): the most accurate on M3. */
    COMBINATION,
    /** The ETS family by AICc (STL+ETS for seasons above 24); ARIMA likelihoods are not comparable with it. */
    INFORMATION_CRITERION,
    /** Rolling-origin cross-validation over the candidate methods, lowest mean MASE wins. */
    CROSS_VALIDATION
}
