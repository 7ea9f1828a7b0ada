package org.salestrack.forecast.service;

/**
 * How the global model sees a what-if subsidy for one series over the forecast months: the subsidy driver as the
 * policies plan it and as the what-if sets it (share of the price paid back), and the units forecast with the
 * what-if over the units forecast as planned, per month (1 where the model sees no difference).
 *
 * @param rate the what-if's subsidy rate (0: off)
 */
public record SubsidyResponse(String seriesId, double rate, double[] planned, double[] whatIf, double[] multiplier) {
    public SubsidyResponse {
        planned = planned.clone();
        whatIf = whatIf.clone();
        multiplier = multiplier.clone();
    }

    @Override
    public double[] multiplier() { return multiplier.clone(); }

    @Override
    public double[] planned() { return planned.clone(); }

    @Override
    public double[] whatIf() { return whatIf.clone(); }

    /** The mean of the planned driver over the forecast months. */
    public double plannedMean() { return mean(planned); }

    /** The units of the forecast months with the what-if over those as planned. */
    public double overall(double[] base) {
        double a = 0;
        double b = 0;
        for (int k = 0; k < Math.min(base.length, multiplier.length); k++) {
            a += base[k] * multiplier[k];
            b += base[k];
        }
        return b > 0 ? a / b : 1;
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) s += x;
        return v.length == 0 ? 0 : s / v.length;
    }
}
