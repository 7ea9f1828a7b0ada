package org.salestrack.analytics.inventory;

import org.salestrack.model.inventory.LifeCycleStage;

/**
 * A SKU's life-cycle stage: LAUNCH in its first {@value #LAUNCH_WEEKS} weeks; afterwards GROWTH,
 * MATURITY or DECLINE by the trend of the {@value #TREND_WEEKS} weeks before the weeks being judged
 * against the {@value #TREND_WEEKS} before those (with less history, its two halves; under eight weeks, maturity). The trend is read before the slow weeks on purpose:
 * a growing model that dips is still growing, a model that was already falling is in decline.
 */
public final class LifeCycle {
    public static final int LAUNCH_WEEKS = 13;
    public static final int TREND_WEEKS = 13;
    static final double GROWING = 1.15;
    static final double DECLINING = 0.85;

    private LifeCycle() {}

    /**
     * @param weekly     units per week, oldest first
     * @param end        the trend ends before this index (the first week being judged)
     * @param ageInWeeks weeks since launch at the last week; negative when the launch date is unknown
     */
    public static LifeCycleStage stage(double[] weekly, int end, long ageInWeeks) {
        if (ageInWeeks >= 0 && ageInWeeks < LAUNCH_WEEKS) return LifeCycleStage.LAUNCH;
        // with less history than two trend windows, compare the two halves of what there is
        int span = Math.min(TREND_WEEKS, Math.max(0, end) / 2);
        if (span < 4) return LifeCycleStage.MATURITY;
        double recent = sum(weekly, end - span, end);
        double before = sum(weekly, end - 2 * span, end - span);
        if (before <= 0) return recent > 0 ? LifeCycleStage.GROWTH : LifeCycleStage.MATURITY;
        double trend = recent / before;
        if (trend >= GROWING) return LifeCycleStage.GROWTH;
        if (trend <= DECLINING) return LifeCycleStage.DECLINE;
        return LifeCycleStage.MATURITY;
    }

    private static double sum(double[] y, int from, int to) {
        double s = 0;
        for (int i = Math.max(0, from); i < Math.min(y.length, to); i++) s += y[i];
        return s;
    }
}
