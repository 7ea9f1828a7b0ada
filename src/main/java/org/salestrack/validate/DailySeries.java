package org.salestrack.validate;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.salestrack.model.SaleFact;

/**
 * Counted sales (paid, positive quantity, not a repeated line) of one store, channel or SKU, day by day from
 * its first sale to its last, with zero on days without a sale. Built by a {@link Builder} fed the lines one by
 * one in import order, so the lines need not be held: the lines of a 10M-line workspace stream past it.
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
    /** Index (in import order) of the first counted line of each day, -1 for a day without one. */
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
    }

    /** A store's series of units alone, day by day from {@code firstDay}: what store-spike needs of the days around new batches. */
    static DailySeries ofUnits(String store, long firstDay, long[] units) {
        DailySeries s = new DailySeries(store, store, firstDay, units.length);
        System.arraycopy(units, 0, s.units, 0, units.length);
        java.util.Arrays.fill(s.firstLine, -1);
        return s;
    }

    int days() { return units.length; }

    LocalDate date(int day) { return LocalDate.ofEpochDay(firstDay + day); }

    /** Day index of {@code f}'s sale date in this series. */
    int dayOf(SaleFact f) { return (int) (f.saleDate().toEpochDay() - firstDay); }

    static boolean counted(ScanContext context, int i, SaleFact f) {
        return !context.isDuplicate(i) && f.isSale();
    }

    /** Night lines are those sold from 02:00 to before 05:00, the window of night-burst's defaults. */
    static final int NIGHT_FROM = 2;
    static final int NIGHT_TO = 5;

    /**
     * Series per store, and per channel for lines without a store, as store-spike, anomaly-iforest and
     * anomaly-stl all need; a run builds it once for all three.
     */
    static Builder byStoreOrChannel() {
        return new Builder(f -> f.storeCode() != null ? f.storeCode() : "channel " + f.channel(), SaleFact::storeCode, NIGHT_FROM, NIGHT_TO);
    }

    /** Series per SKU (night lines not counted). */
    static Builder bySku() {
        return new Builder(SaleFact::sku, f -> null, 0, 0);
    }

    /** Takes the counted lines one at a time, in import order, and gives the series per key in order of first appearance. */
    static final class Builder {
        // per day: units, revenue, lines, night lines, discounted lines, first line + 1 (0: none)
        private static final int STRIDE = 6;
        private final Function<SaleFact, String> keyOf;
        private final Function<SaleFact, String> storeOf;
        private final int nightFrom;
        private final int nightTo;
        private final Map<String, Growing> byKey = new LinkedHashMap<>();

        private Builder(Function<SaleFact, String> keyOf, Function<SaleFact, String> storeOf, int nightFrom, int nightTo) {
            this.keyOf = keyOf;
            this.storeOf = storeOf;
            this.nightFrom = nightFrom;
            this.nightTo = nightTo;
        }

        /** Adds line {@code i} if it counts (the caller knows whether it repeats an earlier line). */
        void add(int i, SaleFact f, boolean duplicate) {
            if (duplicate || !f.isSale()) return;
            String key = keyOf.apply(f);
            if (key == null) return;
            Growing g = byKey.get(key);
            if (g == null) byKey.put(key, g = new Growing(storeOf.apply(f)));
            int d = g.slot(f.saleDate().toEpochDay());
            long[] v = g.values;
            int at = d * STRIDE;
            v[at] += f.qty();
            v[at + 1] += f.amountE4();
            v[at + 2]++;
            int hour = f.soldAt().getHour();
            if (hour >= nightFrom && hour < nightTo) v[at + 3]++;
            if (f.discountRate() != null) {
                g.discount[d] += f.discountRate();
                v[at + 4]++;
            }
            if (v[at + 5] == 0) v[at + 5] = i + 1L;
        }

        Map<String, DailySeries> build() {
            Map<String, DailySeries> series = new LinkedHashMap<>();
            byKey.forEach((key, g) -> {
                int days = Math.toIntExact(g.max - g.min + 1);
                DailySeries s = new DailySeries(key, g.store, g.min, days);
                int offset = (int) (g.min - g.base);
                for (int d = 0; d < days; d++) {
                    int at = (offset + d) * STRIDE;
                    long[] v = g.values;
                    s.units[d] = v[at];
                    s.revenueE4[d] = v[at + 1];
                    s.lines[d] = (int) v[at + 2];
                    s.nightLines[d] = (int) v[at + 3];
                    s.discountLines[d] = (int) v[at + 4];
                    s.firstLine[d] = (int) (v[at + 5] - 1);
                    s.discountSum[d] = g.discount[offset + d];
                }
                series.put(key, s);
            });
            return series;
        }

        /** One key's days so far, in arrays that grow at either end as earlier or later days turn up. */
        private static final class Growing {
            final String store;
            long base;
            long min = Long.MAX_VALUE;
            long max = Long.MIN_VALUE;
            long[] values = new long[0];
            double[] discount = new double[0];

            Growing(String store) { this.store = store; }

            int slot(long day) {
                int capacity = discount.length;
                if (capacity == 0 || day < base || day >= base + capacity) {
                    long lo = capacity == 0 ? day : Math.min(day, min);
                    long hi = capacity == 0 ? day : Math.max(day, max);
                    int need = Math.toIntExact(hi - lo + 1);
                    int grown = Math.max(64, need * 2);
                    long newBase = lo - (grown - need) / 2;
                    long[] v = new long[grown * STRIDE];
                    double[] disc = new double[grown];
                    if (capacity > 0) {
                        int from = (int) (min - base);
                        int to = (int) (min - newBase);
                        int n = (int) (max - min + 1);
                        System.arraycopy(values, from * STRIDE, v, to * STRIDE, n * STRIDE);
                        System.arraycopy(discount, from, disc, to, n);
                    }
                    values = v;
                    discount = disc;
                    base = newBase;
                }
                if (day < min) min = day;
                if (day > max) max = day;
                return (int) (day - base);
            }
        }
    }

    /** The series {@code builder} makes of every line of {@code input}, for the rules run over a list in memory. */
    static Map<String, DailySeries> of(ValidationInput input, Builder builder) {
        for (int i = 0; i < input.sales().size(); i++) builder.add(i, input.sales().get(i), input.isDuplicate(i));
        return builder.build();
    }
}
