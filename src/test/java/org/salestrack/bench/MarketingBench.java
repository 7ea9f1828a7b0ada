package org.salestrack.bench;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.salestrack.analytics.marketing.Attributions;
import org.salestrack.analytics.marketing.JourneyBuilder;
import org.salestrack.model.marketing.AttributionModel;
import org.salestrack.model.marketing.Journeys;

/**
 * Attribution over JOURNEYS seeded journeys (1-5 touches over 8 channels, a third converting): times
 * cutting the touches into journeys, then each of the seven models, and all of them together.
 * Target (issue 16): 1,000,000 journeys in under 10 s. Prints medians of RUNS runs.
 */
public final class MarketingBench {
    private static final List<String> CHANNELS = List.of("抖音广告", "微信朋友圈", "小红书", "百度搜索", "官方商城App", "短信", "视频号", "B站");

    public static void main(String[] args) {
        int journeys = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        long[] build = new long[runs];
        long[][] model = new long[AttributionModel.values().length][runs];
        long[] all = new long[runs];
        Journeys data = null;
        for (int r = 0; r < runs; r++) {
            long t0 = System.nanoTime();
            data = journeys(journeys, 42);
            build[r] = System.nanoTime() - t0;
            for (AttributionModel m : AttributionModel.values()) {
                long t = System.nanoTime();
                Attributions.run(data, m);
                model[m.ordinal()][r] = System.nanoTime() - t;
            }
            long t = System.nanoTime();
            Attributions.run(data, Arrays.asList(AttributionModel.values()));
            all[r] = System.nanoTime() - t;
        }
        System.out.printf("journeys %,d (touches %,d, conversions %,d), %d runs, medians:%n", journeys,
                data.journeys().stream().mapToLong(j -> j.length()).sum(), data.conversions(), runs);
        System.out.printf("  cut touches into journeys  %8.0f ms%n", median(build));
        for (AttributionModel m : AttributionModel.values()) System.out.printf("  %-26s %8.0f ms%n", m.id(), median(model[m.ordinal()]));
        System.out.printf("  all seven models           %8.0f ms  (target < 10,000 ms)%n", median(all));
    }

    /** Touches fed to the journey builder as the store streams them: customer then time order. */
    static Journeys journeys(int count, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        JourneyBuilder b = new JourneyBuilder(CHANNELS);
        long start = 1_704_067_200L;
        for (int j = 0; j < count; j++) {
            int touches = 1 + rng.nextInt(5);
            long at = start + rng.nextLong(700L * 86_400);
            boolean converts = rng.nextDouble() < 0.33;
            for (int k = 0; k < touches; k++) {
                at += 1_800 + rng.nextInt(2 * 86_400);
                boolean last = k == touches - 1;
                b.add(j, at, rng.nextInt(CHANNELS.size()), last && converts, last && converts ? 500 + rng.nextInt(6_000) : 0);
            }
        }
        return b.build();
    }

    private static double median(long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return s[s.length / 2] / 1e6;
    }

}
