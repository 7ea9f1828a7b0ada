package org.salestrack.forecast.series;

import java.util.List;

/**
 * Known drivers of one series (price, discount, a campaign flag), one row per driver, each row covering the
 * series' history and then, for a forecast, the periods ahead: {@code values[k][t]} is driver k in period t
 * counted from the series' first period. A driver's future is what is planned (a price list, a campaign
 * calendar), which is what lets a model answer "what if the price drops".
 */
public record SeriesDrivers(List<String> names, double[][] values) {
    public SeriesDrivers {
        names = List.copyOf(names);
        if (values.length != names.size()) throw new IllegalArgumentException("one row of values per driver");
        double[][] copy = new double[values.length][];
        for (int k = 0; k < values.length; k++) copy[k] = values[k].clone();
        values = copy;
    }

    /** Periods covered (history plus known future). */
    public int length() {
        int n = Integer.MAX_VALUE;
        for (double[] v : values) n = Math.min(n, v.length);
        return values.length == 0 ? Integer.MAX_VALUE : n;
    }

    public double value(int driver, int t) {
        return values[driver][t];
    }

    /** These drivers with driver {@code name} multiplied by {@code factor} from period {@code from} on (a what-if). */
    public SeriesDrivers scaled(String name, int from, double factor) {
        int k = names.indexOf(name);
        if (k < 0) throw new IllegalArgumentException("no driver named " + name);
        double[][] v = values.clone();
        v[k] = values[k].clone();
        for (int t = Math.max(0, from); t < v[k].length; t++) v[k][t] *= factor;
        return new SeriesDrivers(names, v);
    }

    /** These drivers with driver {@code name} set to {@code value} in periods [from, to). */
    public SeriesDrivers set(String name, int from, int to, double value) {
        int k = names.indexOf(name);
        if (k < 0) throw new IllegalArgumentException("no driver named " + name);
        double[][] v = values.clone();
        v[k] = values[k].clone();
        for (int t = Math.max(0, from); t < Math.min(to, v[k].length); t++) v[k][t] = value;
        return new SeriesDrivers(names, v);
    }
}
