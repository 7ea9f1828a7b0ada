package org.salestrack.validate;

import java.util.Arrays;

/** Median and MAD: a location and scale that a few wild values cannot drag (unlike mean and SD). */
final class RobustScale {
    /** MAD times this estimates the standard deviation of normal data. */
    static final double MAD_TO_SD = 1.4826;

    final double median;
    final double mad;

    private RobustScale(double median, double mad) {
        this.median = median;
        this.mad = mad;
    }

    static RobustScale of(double[] values) {
        if (values.length == 0) return new RobustScale(0, 0);
        double median = median(values.clone());
        double[] dev = new double[values.length];
        for (int i = 0; i < values.length; i++) dev[i] = Math.abs(values[i] - median);
        return new RobustScale(median, median(dev));
    }

    /** (x - median) / (1.4826 MAD): about a standard normal z for normal data. NaN when the MAD is zero. */
    double z(double x) {
        return mad > 0 ? (x - median) / (MAD_TO_SD * mad) : Double.NaN;
    }

    static double median(double[] values) {
        Arrays.sort(values);
        int n = values.length;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }
}
