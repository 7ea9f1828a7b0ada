package org.salestrack.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.salestrack.model.Money;

/**
 * The store-day points the isolation forest looks at: one per store (or online channel, which has no store)
 * and day with sales. Units, revenue and average price are made relative to that store's own typical day
 * (log, then median/MAD), so a flagship is not an outlier merely for being big; the share of night lines
 * and the mean discount are already comparable across stores and stay as they are.
 */
final class StoreDayFeatures {
    static final String[] NAMES = {"units", "revenue", "average price", "night share", "discount"};

    final List<DailySeries> series = new ArrayList<>();
    final List<int[]> points = new ArrayList<>();
    final double[][] x;

    private StoreDayFeatures(List<DailySeries> series, List<int[]> points, double[][] x) {
        this.series.addAll(series);
        this.points.addAll(points);
        this.x = x;
    }

    static StoreDayFeatures build(ScanContext input, int minDays) {
        Map<String, DailySeries> all = input.storeDays();
        List<DailySeries> kept = new ArrayList<>();
        List<int[]> points = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        for (DailySeries s : all.values()) {
            int active = 0;
            for (int d = 0; d < s.days(); d++) if (s.lines[d] > 0) active++;
            if (active < minDays) continue;
            int si = kept.size();
            kept.add(s);
            double[] logUnits = new double[active];
            double[] logRevenue = new double[active];
            double[] logPrice = new double[active];
            int k = 0;
            for (int d = 0; d < s.days(); d++) {
                if (s.lines[d] == 0) continue;
                logUnits[k] = Math.log1p(s.units[d]);
                logRevenue[k] = Math.log1p(Money.yuan(s.revenueE4[d]));
                logPrice[k] = Math.log1p(averagePrice(s, d));
                k++;
            }
            RobustScale u = RobustScale.of(logUnits);
            RobustScale r = RobustScale.of(logRevenue);
            RobustScale p = RobustScale.of(logPrice);
            k = 0;
            for (int d = 0; d < s.days(); d++) {
                if (s.lines[d] == 0) continue;
                points.add(new int[] {si, d});
                rows.add(new double[] {
                    scaled(u, logUnits[k]), scaled(r, logRevenue[k]), scaled(p, logPrice[k]),
                    (double) s.nightLines[d] / s.lines[d], meanDiscount(s, d)});
                k++;
            }
        }
        return new StoreDayFeatures(kept, points, rows.toArray(new double[0][]));
    }

    static double averagePrice(DailySeries s, int d) {
        return s.units[d] > 0 ? Money.yuan(s.revenueE4[d]) / s.units[d] : 0;
    }

    static double meanDiscount(DailySeries s, int d) {
        return s.discountLines[d] > 0 ? s.discountSum[d] / s.discountLines[d] : 0;
    }

    /** Distance from the store's median in MADs; a store whose value never varies keeps the raw difference. */
    private static double scaled(RobustScale scale, double v) {
        double z = scale.z(v);
        return Double.isNaN(z) ? v - scale.median : z;
    }
}
