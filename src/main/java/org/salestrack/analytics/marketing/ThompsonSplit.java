package org.salestrack.analytics.marketing;

import java.util.List;
import org.hipparchus.random.RandomDataGenerator;
import org.salestrack.model.marketing.Conversions;

/**
 * A budget split by Thompson sampling: each round draws every variant's rate from its Beta posterior
 * (uniform prior) and gives the round to the highest draw; a variant's share of the budget is its share of
 * rounds, i.e. the probability that it is the best. Seeded, so the same counts give the same split.
 */
public final class ThompsonSplit {
    public static final int DEFAULT_ROUNDS = 20_000;

    private ThompsonSplit() {}

    public static double[] shares(List<Conversions> variants, int rounds, long seed) {
        if (variants.isEmpty()) throw new IllegalArgumentException("no variant to split the budget over");
        RandomDataGenerator rng = new RandomDataGenerator(seed);
        int[] wins = new int[variants.size()];
        for (int r = 0; r < rounds; r++) {
            int best = 0;
            double top = -1;
            for (int v = 0; v < variants.size(); v++) {
                Conversions c = variants.get(v);
                double draw = rng.nextBeta(c.conversions() + 1.0, c.trials() - c.conversions() + 1.0);
                if (draw > top) {
                    top = draw;
                    best = v;
                }
            }
            wins[best]++;
        }
        double[] out = new double[wins.length];
        for (int v = 0; v < wins.length; v++) out[v] = wins[v] / (double) rounds;
        return out;
    }
}
