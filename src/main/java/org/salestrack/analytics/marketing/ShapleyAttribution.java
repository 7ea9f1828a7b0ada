package org.salestrack.analytics.marketing;

import java.util.ArrayList;
import java.util.List;
import org.salestrack.model.marketing.Attribution;
import org.salestrack.model.marketing.AttributionModel;
import org.salestrack.model.marketing.ChannelCredit;
import org.salestrack.model.marketing.Journey;
import org.salestrack.model.marketing.Journeys;

/**
 * Exact Shapley values. A coalition of channels is worth the conversions (and revenue) of the journeys
 * whose channels all lie in it; the worth of every coalition comes from one pass over the journeys and a
 * subset-sum transform, then each channel's marginal contributions are weighted |S|!(n-|S|-1)!/n!.
 * Cost n 2^n, so the channel count is capped.
 */
public final class ShapleyAttribution {
    public static final int MAX_CHANNELS = 20;

    private ShapleyAttribution() {}

    public static Attribution attribute(Journeys data) {
        int n = data.channels().size();
        if (n > MAX_CHANNELS) {
            throw new IllegalArgumentException("exact Shapley values need at most " + MAX_CHANNELS + " channels, not " + n);
        }
        int size = 1 << n;
        double[] count = new double[size];
        double[] value = new double[size];
        for (Journey j : data.journeys()) {
            if (!j.converted()) continue;
            int mask = 0;
            for (int c : j.channels()) mask |= 1 << c;
            count[mask]++;
            value[mask] += j.value();
        }
        subsetSums(count, n);
        subsetSums(value, n);
        double[] weight = weights(n);
        List<ChannelCredit> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int bit = 1 << i;
            double phi = 0;
            double phiValue = 0;
            for (int s = 0; s < size; s++) {
                if ((s & bit) != 0) continue;
                double w = weight[Integer.bitCount(s)];
                phi += w * (count[s | bit] - count[s]);
                phiValue += w * (value[s | bit] - value[s]);
            }
            out.add(new ChannelCredit(data.channels().get(i), phi, phiValue, null));
        }
        return new Attribution(AttributionModel.SHAPLEY, out);
    }

    /** f[S] := sum of f[T] over the subsets T of S. */
    private static void subsetSums(double[] f, int n) {
        for (int i = 0; i < n; i++) {
            int bit = 1 << i;
            for (int s = 0; s < f.length; s++) if ((s & bit) != 0) f[s] += f[s ^ bit];
        }
    }

    /** weight[k] = k! (n-k-1)! / n!, computed as a ratio so it never overflows. */
    private static double[] weights(int n) {
        double[] w = new double[Math.max(n, 1)];
        for (int k = 0; k < n; k++) {
            // 1 / (n * C(n-1, k))
            double binom = 1;
            for (int i = 1; i <= k; i++) binom = binom * (n - 1 - k + i) / i;
            w[k] = 1 / (n * binom);
        }
        return w;
    }
}
