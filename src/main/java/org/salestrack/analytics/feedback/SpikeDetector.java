package org.salestrack.analytics.feedback;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the weeks in which a count (a model's negative reviews about one aspect) jumps against its own
 * recent level: at least {@code minCount}, and at least {@code ratio} times the mean of the
 * {@code lookback} weeks before it (a quiet history counts as one a week, so 0 -> 1 is never a spike).
 */
public final class SpikeDetector {
    public static final int STANDARD_LOOKBACK = 4;
    private final int lookback;
    private final double ratio;
    private final int minCount;

    public SpikeDetector(int lookback, double ratio, int minCount) {
        if (lookback < 1) throw new IllegalArgumentException("lookback must be at least one week");
        this.lookback = lookback;
        this.ratio = ratio;
        this.minCount = minCount;
    }

    /** The rule: doubling week on week against the last four weeks, from five complaints. */
    public static SpikeDetector standard() { return new SpikeDetector(STANDARD_LOOKBACK, 2.0, 5); }

    /** The indexes of the weeks that spike; a week needs {@code lookback} weeks before it. */
    public List<Integer> spikes(int[] weekly) {
        List<Integer> out = new ArrayList<>();
        for (int i = lookback; i < weekly.length; i++) {
            if (weekly[i] >= minCount && weekly[i] >= ratio * Math.max(1.0, baseline(weekly, i))) out.add(i);
        }
        return out;
    }

    /** The mean of the {@code lookback} weeks before week {@code i}. */
    public double baseline(int[] weekly, int i) {
        double sum = 0;
        for (int j = i - lookback; j < i; j++) sum += weekly[j];
        return sum / lookback;
    }
}
