package org.salestrack.analytics.feedback;

import java.util.List;
import org.salestrack.model.feedback.ModelWeek;

/**
 * A model's sell-out and refunds before and after a complaint spike: the {@code span} weeks before the first
 * spike week against that week and the {@code span - 1} after it. Pure.
 *
 * @param beforeRefundRate refunded of sold and refunded units; NaN without sales
 */
public record SpikeSales(String firstWeek, int span, long beforeUnits, long afterUnits, double beforeRefundRate, double afterRefundRate) {
    public static final int SPAN = 4;

    /** Null when the spike week is not among the weeks. */
    public static SpikeSales around(List<ModelWeek> weeks, String spikeWeek, int span) {
        int at = -1;
        for (int i = 0; i < weeks.size(); i++) if (weeks.get(i).week().equals(spikeWeek)) at = i;
        if (at < 0) return null;
        long[] before = sum(weeks, Math.max(0, at - span), at);
        long[] after = sum(weeks, at, Math.min(weeks.size(), at + span));
        return new SpikeSales(spikeWeek, span, before[0], after[0], rate(before), rate(after));
    }

    private static long[] sum(List<ModelWeek> weeks, int from, int to) {
        long[] v = new long[2];
        for (ModelWeek w : weeks.subList(from, to)) {
            v[0] += w.soldUnits();
            v[1] += w.refundedUnits();
        }
        return v;
    }

    private static double rate(long[] v) { return v[0] + v[1] == 0 ? Double.NaN : (double) v[1] / (v[0] + v[1]); }
}
