package org.salestrack.forecast.tracking;

/**
 * When a deviation becomes an alert. Limits are strict: an actual exactly on P10/P90, or an error of exactly
 * the percentage limit, is not an alert.
 *
 * @param outsideInterval      alert when the actual is below P10 or above P90
 * @param maxAbsPercentError   alert when |percent error| exceeds this (0.20 = 20%); infinity disables it
 * @param minAbsError          ignore percentage breaches smaller than this many units, so a forecast of 2
 *                             and an actual of 3 is not a "50% miss"
 * @param trackingSignalLimit  alert when |sum of errors / mean absolute error| exceeds this (Brown's tracking
 *                             signal; 4 is the usual limit); NaN disables it
 * @param minPeriodsForBias    the tracking signal is judged only after this many actuals
 */
public record AlertPolicy(boolean outsideInterval, double maxAbsPercentError, double minAbsError,
                          double trackingSignalLimit, int minPeriodsForBias) {
    /** Outside P10-P90 or more than 20% off; no bias check. */
    public static final AlertPolicy DEFAULT = new AlertPolicy(true, 0.20, 0.0, Double.NaN, 4);
    public static final double BROWN_TRACKING_SIGNAL_LIMIT = 4.0;

    public AlertPolicy {
        if (!(maxAbsPercentError > 0)) throw new IllegalArgumentException("the percentage limit must be positive, was " + maxAbsPercentError);
        if (!(minAbsError >= 0)) throw new IllegalArgumentException("the minimum error cannot be negative, was " + minAbsError);
        if (!Double.isNaN(trackingSignalLimit) && !(trackingSignalLimit > 0)) throw new IllegalArgumentException("the tracking signal limit must be positive or NaN");
        if (minPeriodsForBias < 1) throw new IllegalArgumentException("bias needs at least one period");
    }

    public AlertPolicy withPercentLimit(double limit) {
        return new AlertPolicy(outsideInterval, limit, minAbsError, trackingSignalLimit, minPeriodsForBias);
    }

    public AlertPolicy withMinAbsError(double units) {
        return new AlertPolicy(outsideInterval, maxAbsPercentError, units, trackingSignalLimit, minPeriodsForBias);
    }

    public AlertPolicy withIntervalCheck(boolean on) {
        return new AlertPolicy(on, maxAbsPercentError, minAbsError, trackingSignalLimit, minPeriodsForBias);
    }

    public AlertPolicy withBiasCheck(double limit, int minPeriods) {
        return new AlertPolicy(outsideInterval, maxAbsPercentError, minAbsError, limit, minPeriods);
    }
}
