package org.salestrack.forecast.ensemble;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.salestrack.forecast.series.PeriodKind;
import org.salestrack.forecast.series.TimeSeries;
import org.salestrack.model.MasterProduct;

/** A SKU level of 36 months: the 星河 line peaks in November, 青春 in June; 星河 X6 launched 14 months before the end. */
public final class SeasonalParentsTestData {
    private SeasonalParentsTestData() {}

    public static final long FIRST = PeriodKind.MONTH.ordinal("2023-01");
    public static final int MONTHS = 36;
    public static final List<MasterProduct> MASTER = List.of(
            new MasterProduct("L-OLD", "星河 X5", "星河", "手机", null, 0),
            new MasterProduct("L-NEW", "星河 X6", "星河", "手机", null, 0),
            new MasterProduct("M-1", "青春 Y1", "青春", "手机", null, 0),
            new MasterProduct("M-2", "青春 Y2", "青春", "手机", null, 0),
            new MasterProduct("N-1", "畅享 E1", "畅享", "手机", null, 0),
            new MasterProduct("W-1", "手环 B1", "手环", "穿戴", null, 0));

    /** 星河: Novembers at twice the year's run; 青春: Junes. */
    static double starSeason(int month) { return month == 11 ? 2.0 : month == 10 ? 1.2 : month == 12 ? 1.3 : 0.85; }

    static double youthSeason(int month) { return month == 6 ? 2.0 : month == 5 ? 1.3 : 0.9; }

    public static List<TimeSeries> level() {
        Random r = new Random(1919);
        double[] old = new double[MONTHS];
        double[] young = new double[MONTHS];
        double[] m1 = new double[MONTHS];
        double[] m2 = new double[MONTHS];
        double[] n1 = new double[MONTHS];
        double[] w1 = new double[MONTHS];
        for (int t = 0; t < MONTHS; t++) {
            int month = t % 12 + 1;
            old[t] = Math.round(100 * starSeason(month) * (1 + 0.005 * t) * (1 + 0.02 * r.nextGaussian()));
            if (t >= 22) young[t] = Math.round(80 * starSeason(month) * (1 + 0.02 * r.nextGaussian()));
            m1[t] = Math.round(300 * youthSeason(month) * (1 + 0.02 * r.nextGaussian()));
            m2[t] = Math.round(280 * youthSeason(month) * (1 + 0.02 * r.nextGaussian()));
            if (t >= 22) n1[t] = Math.round(50 * (1 + 0.02 * r.nextGaussian()));
            w1[t] = Math.round(40 * (1 + 0.02 * r.nextGaussian()));
        }
        List<TimeSeries> out = new ArrayList<>();
        out.add(new TimeSeries("L-OLD", PeriodKind.MONTH, FIRST, old, 12));
        out.add(new TimeSeries("L-NEW", PeriodKind.MONTH, FIRST, young, 12));
        out.add(new TimeSeries("M-1", PeriodKind.MONTH, FIRST, m1, 12));
        out.add(new TimeSeries("M-2", PeriodKind.MONTH, FIRST, m2, 12));
        out.add(new TimeSeries("N-1", PeriodKind.MONTH, FIRST, n1, 12));
        out.add(new TimeSeries("W-1", PeriodKind.MONTH, FIRST, w1, 12));
        return out;
    }

}
