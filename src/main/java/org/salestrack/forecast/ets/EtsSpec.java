package org.salestrack.forecast.ets;

/**
 * One member of the ETS family in the taxonomy of Hyndman et al. (2008): error A/M, trend N/A/M (possibly
 * damped), season N/A/M.
 */
public record EtsSpec(char error, char trend, boolean damped, char season) {

    public EtsSpec {
        if ("AM".indexOf(error) < 0 || "NAM".indexOf(trend) < 0 || "NAM".indexOf(season) < 0) {
            throw new IllegalArgumentException("unknown ETS component: " + error + trend + season);
        }
        if (trend == 'N' && damped) {
            throw new IllegalArgumentException("a damped model needs a trend");
        }
    }

    /** Parses a three-letter code such as "MAM" plus the damping flag. */
    public static EtsSpec of(String code, boolean damped) {
        if (code.length() != 3) {
            throw new IllegalArgumentException("ETS code must have three letters: " + code);
        }
        return new EtsSpec(code.charAt(0), code.charAt(1), damped, code.charAt(2));
    }

    public boolean hasTrend() {
        return trend != 'N';
    }

    public boolean hasSeason() {
        return season != 'N';
    }

    /**
     * Class 1 of Hyndman et al. (2008, ch. 6): linear homoscedastic models whose forecast variance has a
     * closed form used here; every other model gets simulated intervals.
     */
    public boolean isLinear() {
        return error == 'A' && trend != 'M' && season != 'M';
    }

    public String name() {
        return "ETS(" + error + "," + trend + (damped ? "d" : "") + "," + season + ")";
    }

    @Override
    public String toString() {
        return name();
    }
}
