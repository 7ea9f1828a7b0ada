package org.salestrack.forecast.util;

/** A function to minimise; may return +Infinity or NaN outside its admissible region. */
@FunctionalInterface
public interface Objective {
    double value(double[] x);
}
