package org.salestrack.forecast.global;

import java.util.ArrayList;
import java.util.List;
import org.salestrack.forecast.series.SeriesDrivers;
import org.salestrack.forecast.series.TimeSeries;

/**
 * The feature row of one series in one period, for the global model: the series' code, its age since
 * launch and where it stands against its peak so far (life cycle), lags and rolling means of its own
 * scaled history, the shopping calendar, and its drivers (raw and relative to the series' own average).
 * Values are scaled by the series' mean level so one model serves a 50-unit and a 5,000-unit series.
 */
final class GlobalFeatures {
    private final List<String> driverNames;
    private final int seasonLength;

    GlobalFeatures(List<String> driverNames, int seasonLength) {
        this.driverNames = List.copyOf(driverNames);
        this.seasonLength = seasonLength;
    }

    List<String> names() {
        List<String> n = new ArrayList<>(List.of("series", "age", "share_of_peak", "lag1", "lag2", "lag3", "lag_season", "mean3", "mean6"));
        n.addAll(List.of(ShoppingCalendar.NAMES));
        for (String d : driverNames) {
            n.add(d);
            n.add(d + "_relative");
        }
        return n;
    }

    int width() {
        return 9 + ShoppingCalendar.NAMES.length + 2 * driverNames.size();
    }

    /** Index of the first positive value: the series' launch; -1 when it never sold. */
    static int launch(double[] y, int n) {
        for (int t = 0; t < n; t++) if (y[t] > 0) return t;
        return -1;
    }

    /**
     * Writes the row for period t of a series into {@code out} at {@code offset}.
     *
     * @param y       scaled values; only y[0..t) are read
     * @param launch  index of the first positive value
     * @param drivers the series' drivers, null when it has none; driverMeans their averages over the history
     */
    void row(int code, TimeSeries s, double[] y, int t, int launch, SeriesDrivers drivers, double[] driverMeans,
             float[] out, int offset) {
        int i = offset;
        out[i++] = code;
        out[i++] = launch < 0 ? Float.NaN : t - launch;
        double peak = 0;
        for (int u = 0; u < t; u++) peak = Math.max(peak, y[u]);
        out[i++] = t >= 1 && peak > 0 ? (float) (y[t - 1] / peak) : Float.NaN;
        out[i++] = lag(y, t, 1);
        out[i++] = lag(y, t, 2);
        out[i++] = lag(y, t, 3);
        out[i++] = seasonLength > 1 ? lag(y, t, seasonLength) : Float.NaN;
        out[i++] = mean(y, t, 3);
        out[i++] = mean(y, t, 6);
        for (double c : ShoppingCalendar.features(s.kind(), s.firstOrdinal() + t)) out[i++] = (float) c;
        for (int k = 0; k < driverNames.size(); k++) {
            int dk = drivers == null ? -1 : drivers.names().indexOf(driverNames.get(k));
            double v = dk < 0 || t >= drivers.values()[dk].length ? Double.NaN : drivers.value(dk, t);
            out[i++] = (float) v;
            out[i++] = dk < 0 || !(driverMeans[dk] != 0) ? Float.NaN : (float) (v / driverMeans[dk]);
        }
    }

    private static float lag(double[] y, int t, int k) {
        return t - k >= 0 ? (float) y[t - k] : Float.NaN;
    }

    private static float mean(double[] y, int t, int k) {
        if (t < 1) return Float.NaN;
        int from = Math.max(0, t - k);
        double sum = 0;
        for (int u = from; u < t; u++) sum += y[u];
        return (float) (sum / (t - from));
    }
}
