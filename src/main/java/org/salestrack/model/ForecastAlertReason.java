package org.salestrack.model;

/** Why a forecast-versus-actual alert was raised. */
public enum ForecastAlertReason {
    /** The actual fell below the forecast's P10. */
    BELOW_P10,
    /** The actual rose above the forecast's P90. */
    ABOVE_P90,
    /** |actual - forecast| / forecast passed the configured limit. */
    PERCENT_ERROR,
    /** The errors so far lean one way: the tracking signal (sum of errors / mean absolute error) passed its limit. */
    BIAS
}
