package org.salestrack.validate;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.salestrack.model.SaleFact;

/**
 * Counted sales (paid, positive quantity, not a repeated line) of one store, channel or SKU, day by day from
 * its first sale to its last, with zero on days without a sale. Built in two passes over the lines with
 * arrays per key, so a million lines cost two hash lookups each.
 */
final class DailySeries {
    final String key;
    /** The store this series is of, null for a series of a channel or SKU. */
    final String store;
    final long firstDay;
    final long[] units;
    final long[] revenueE4;
    final int[] lines;
    final int[] nightLines;
    final double[] discountSum;
    final int[] discountLines;
    /** Index into the input's sales of the first counted line of each day, -1 for a day without one. */
    final int[] firstLine;

    private DailySeries(String key, String store, long firstDay, int days) {
        this.key = key;
        this.store = store;
        this.firstDay = firstDay;
        this.units = new long[days];
        this.revenueE4 = new long[days];
        this.lines = new int[days];
        this.nightLines = new int[days];
        this.discountSum = new double[days];
        this.discountLines = new int[days];
        this.firstLine = new int[days];
        Arrays.fill(firstLine, -1);
    }

    int days() { return units.length; }

    LocalDate date(int day) { return LocalDate.ofEpochDay(firstDay + day); }

    /** Day index of {@code f}'s sale date in this series. */
    int dayOf(SaleFact f) { return (int) (f.saleDate().toEpochDay() - firstDay); }

    static boolean counted(ValidationInput input, int i) {
        return !input.isDuplicate(i) && input.sales().get(i).isSale();
    }

    /**
     * Series per key for the counted lines whose key is not null, in order of first appearance.
     * {@code nightFrom}/{@code nightTo} bound the hours whose lines count as night lines.
     */
    static Map<String, DailySeries> build(ValidationInput input, Function<SaleFact, String> keyOf, int nightFrom, int nightTo) {
        return build(input, keyOf, f -> null, nightFrom, nightTo);
    }

    /** Night lines are those sold from 02:00 to before 05:00, the window of night-burst's defaults. */
    static final int NIGHT_FROM = 2;
    static final int NIGHT_TO = 5;

    /**
     * Series per store, and per channel for lines without a store, as store-spike, anomaly-iforest and
     * anomaly-stl all need; the input builds it once for all three.
     */
    static Map<String, DailySeries> byStoreOrChannel(ValidationInput input) {
        return build(input, f -> f.storeCode() != null ? f.storeCode() : "channel " + f.channel(), SaleFact::storeCode,
                NIGHT_FROM, NIGHT_TO);
    }

    private static Map<String, DailySeries> build(ValidationInput input, Function<SaleFact, String> keyOf,
                                                  Function<SaleFact, String> storeOf, int nightFrom, int nightTo) {
        List<SaleFact> sales = input.sales();
        Map<String, long[]> range = new LinkedHashMap<>();
        Map<String, String> storeByKey = new LinkedHashMap<>();
        for (int i = 0; i < sales.size(); i++) {
            if (!counted(input, i)) continue;
            SaleFact f = sales.get(i);
            String key = keyOf.apply(f);
            if (key == null) continue;
            long day = f.saleDate().toEpochDay();
            long[] r = range.get(key);
            if (r == null) {
                range.put(key, new long[] {day, day});
                storeByKey.put(key, storeOf.apply(f));
            } else {
                r[0] = Math.min(r[0], day);
                r[1] = Math.max(r[1], day);
            }
        }
        Map<String, DailySeries> series = new LinkedHashMap<>();
        range.forEach((key, r) -> series.put(key, new DailySeries(key, storeByKey.get(key), r[0], Math.toIntExact(r[1] - r[0] + 1))));
        for (int i = 0; i < sales.size(); i++) {
            if (!counted(input, i)) continue;
            SaleFact f = sales.get(i);
            String key = keyOf.apply(f);
            if (key == null) continue;
            DailySeries s = series.get(key);
            int d = s.dayOf(f);
            s.units[d] += f.qty();
            s.revenueE4[d] += f.amountE4();
            s.lines[d]++;
            int hour = f.soldAt().getHour();
            if (hour >= nightFrom && hour < nightTo) s.nightLines[d]++;
            if (f.discountRate() != null) {
                s.discountSum[d] += f.discountRate();
                s.discountLines[d]++;
            }
            if (s.firstLine[d] < 0) s.firstLine[d] = i;
        }
        return series;
    }
}
