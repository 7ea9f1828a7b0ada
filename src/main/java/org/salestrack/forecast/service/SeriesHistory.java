package org.salestrack.forecast.service;

import java.util.List;
import org.salestrack.forecast.series.TimeSeries;

/**
 * One series of the chosen level: its key parts (e.g. [广东, 星耀]), monthly units to forecast and
 * monthly revenue in yuan, so the average price per month (for the elasticity) is revenue / units.
 */
public record SeriesHistory(List<String> keys, TimeSeries units, double[] revenue) {
    public SeriesHistory {
        keys = List.copyOf(keys);
        revenue = revenue.clone();
    }

    public String id() { return units.id(); }

    @Override
    public double[] revenue() { return revenue.clone(); }

    /** Average selling price per month; 0 where nothing sold. */
    public double[] prices() {
        double[] u = units.values();
        double[] p = new double[u.length];
        for (int t = 0; t < u.length; t++) p[t] = u[t] > 0 ? revenue[t] / u[t] : 0;
        return p;
    }
}
