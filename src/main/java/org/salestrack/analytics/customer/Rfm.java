package org.salestrack.analytics.customer;

import org.salestrack.model.InvalidInput;
import org.salestrack.model.Money;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.salestrack.model.customer.CustomerProfile;
import org.salestrack.model.customer.RfmSegment;

/**
 * Recency, frequency and monetary scores 1-5 (5 best). Cut points are the 20/40/60/80% quantiles of the
 * customers' values unless the user sets them. A value equal to a cut point takes the lower score, so
 * equal customers always score the same: when most customers bought once, frequency's first cut points
 * all sit at 1, everyone with one purchase scores 1, and the scores between are empty — reported as such
 * in {@link Result#emptyScores}, never filled by splitting equal customers at random.
 */
public final class Rfm {
    private Rfm() {}

    /** Four ascending cut points per measure: recency in days (lower is better), purchases, spend in e4. */
    public record Cuts(double[] recency, double[] frequency, double[] monetary) {
        public Cuts {
            for (double[] c : List.of(recency, frequency, monetary)) {
                if (c.length != 4) throw InvalidInput.of("input.rfm.four");
                for (int i = 1; i < 4; i++) if (c[i] < c[i - 1]) throw InvalidInput.of("input.rfm.ascend", Arrays.toString(c));
            }
        }

        /**
         * The text users type: "30,90,180,365;1,2,3,5;500,2000,5000,10000" is recency days; purchases; spend
         * in yuan (kept in e4). A message names what is wrong.
         */
        public static Cuts parse(String text) {
            String[] parts = text.split(";");
            if (parts.length != 3) throw InvalidInput.of("input.rfm.groups", text);
            double[][] v = new double[3][4];
            for (int i = 0; i < 3; i++) {
                String[] n = parts[i].split(",");
                if (n.length != 4) throw InvalidInput.of("input.rfm.group", parts[i]);
                for (int k = 0; k < 4; k++) {
                    try {
                        v[i][k] = Double.parseDouble(n[k].trim());
                    } catch (NumberFormatException e) {
                        throw InvalidInput.of("input.not_number", n[k].trim());
                    }
                }
            }
            for (int k = 0; k < 4; k++) v[2][k] *= Money.E4_PER_YUAN;
            return new Cuts(v[0], v[1], v[2]);
        }

        /** The text {@link #parse} reads. */
        public String text() {
            return join(recency, 1) + ";" + join(frequency, 1) + ";" + join(monetary, Money.E4_PER_YUAN);
        }

        private static String join(double[] v, double scale) {
            StringBuilder b = new StringBuilder();
            for (double x : v) {
                if (b.length() > 0) b.append(',');
                double y = x / scale;
                b.append(y == Math.rint(y) ? Long.toString((long) y) : Double.toString(y));
            }
            return b.toString();
        }
    }

    /** Scores by customer (in the order given), the 5x5 R x F grid by customers and by spend, and the scores nobody got. */
    public record Result(Cuts cuts, byte[] r, byte[] f, byte[] m, long[][] gridCustomers, long[][] gridSpendE4,
                         List<String> emptyScores) {
        public RfmSegment segment(int i) { return RfmSegment.of(r[i], f[i]); }
    }

    public static Cuts quintiles(List<CustomerProfile> customers, LocalDate asOf) {
        int n = customers.size();
        double[] rec = new double[n];
        double[] freq = new double[n];
        double[] mon = new double[n];
        for (int i = 0; i < n; i++) {
            CustomerProfile c = customers.get(i);
            rec[i] = recencyDays(c, asOf);
            freq[i] = c.purchases();
            mon[i] = c.spendE4();
        }
        return new Cuts(cuts(rec), cuts(freq), cuts(mon));
    }

    public static Result score(List<CustomerProfile> customers, LocalDate asOf, Cuts cuts) {
        int n = customers.size();
        byte[] r = new byte[n];
        byte[] f = new byte[n];
        byte[] m = new byte[n];
        long[][] grid = new long[5][5];
        long[][] gridSpend = new long[5][5];
        boolean[][] seen = new boolean[3][5];
        for (int i = 0; i < n; i++) {
            CustomerProfile c = customers.get(i);
            r[i] = (byte) (1 + countAbove(recencyDays(c, asOf), cuts.recency()));
            f[i] = (byte) (1 + countBelow(c.purchases(), cuts.frequency()));
            m[i] = (byte) (1 + countBelow(c.spendE4(), cuts.monetary()));
            grid[r[i] - 1][f[i] - 1]++;
            gridSpend[r[i] - 1][f[i] - 1] += c.spendE4();
            seen[0][r[i] - 1] = seen[1][f[i] - 1] = seen[2][m[i] - 1] = true;
        }
        List<String> empty = new ArrayList<>();
        String[] names = {"R", "F", "M"};
        for (int d = 0; d < 3 && n > 0; d++) for (int s = 0; s < 5; s++) if (!seen[d][s]) empty.add(names[d] + (s + 1));
        return new Result(cuts, r, f, m, grid, gridSpend, empty);
    }

    public static long recencyDays(CustomerProfile c, LocalDate asOf) { return ChronoUnit.DAYS.between(c.last(), asOf); }

    /** Lower quantiles (a value that occurs in the data) at 20, 40, 60 and 80%. */
    static double[] cuts(double[] values) {
        if (values.length == 0) return new double[] {0, 0, 0, 0};
        double[] s = values.clone();
        Arrays.sort(s);
        double[] c = new double[4];
        for (int q = 1; q <= 4; q++) c[q - 1] = s[(int) Math.floor((s.length - 1) * q / 5.0)];
        return c;
    }

    /** Cut points strictly greater than v: recency, where fewer days score higher. */
    private static int countAbove(double v, double[] cuts) {
        int k = 0;
        for (double c : cuts) if (v < c) k++;
        return k;
    }

    /** Cut points strictly below v: frequency and spend, where more scores higher. */
    private static int countBelow(double v, double[] cuts) {
        int k = 0;
        for (double c : cuts) if (v > c) k++;
        return k;
    }
}
