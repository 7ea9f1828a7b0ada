package org.salestrack.validate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.salestrack.model.Message;
import org.salestrack.model.RuleHit;
import org.salestrack.model.SaleFact;
import org.salestrack.model.Severity;

/**
 * Store-days unlike the store's other days, found by an isolation forest over units, revenue, average
 * price, night share and discount. The {@code contamination} share of store-days with the highest scores
 * are reported, one hit per store-day on its first line. A warning: unusual is not wrong, but it is where
 * to look first.
 */
public final class IsolationForestRule implements Rule {
    public static final String ID = "anomaly-iforest";
    static final String TREES = "trees";
    static final String SAMPLE = "sampleSize";
    static final String CONTAMINATION = "contamination";
    static final String SEED = "seed";
    static final String MIN_DAYS = "minDays";

    @Override public String id() { return ID; }

    @Override public boolean judgesWholeHistory() { return true; }

    @Override public Severity defaultSeverity() { return Severity.WARNING; }

    @Override public String description() {
        return "An isolation forest over store-day units, revenue, average price, night share and discount.";
    }

    @Override public List<RuleParameter> parameters() {
        return List.of(
                RuleParameter.integer(TREES, 100, 1, 10_000, "trees in the forest"),
                RuleParameter.integer(SAMPLE, 256, 2, 100_000, "store-days each tree is grown on"),
                RuleParameter.decimal(CONTAMINATION, 0.002, 0, 0.5, "share of store-days reported as anomalies"),
                RuleParameter.integer(SEED, 20080101, Long.MIN_VALUE, Long.MAX_VALUE, "random seed; the same seed gives the same hits"),
                RuleParameter.integer(MIN_DAYS, 28, 1, 100_000, "fewest days with sales before a store's days are judged"));
    }

    @Override
    public LineScan scan(ScanContext context, RuleParameters params, Severity severity, Consumer<RuleHit> out) {
        List<Message> whys = new ArrayList<>();
        List<Integer> firstLines = new ArrayList<>();
        Map<Integer, SaleFact> lines = new HashMap<>();
        Set<Integer> wanted = new HashSet<>();
        return new LineScan() {
            @Override public Wanted wanted() {
                StoreDayFeatures features = StoreDayFeatures.build(context, params.integerAsInt(MIN_DAYS));
                int n = features.x.length;
                int flagged = (int) Math.floor(params.decimal(CONTAMINATION) * n);
                if (flagged == 0) return Wanted.NONE;
                IsolationForest forest = IsolationForest.fit(features.x, params.integerAsInt(TREES),
                        params.integerAsInt(SAMPLE), params.integer(SEED));
                double[] scores = forest.scoreAll(features.x);
                for (int p : top(scores, flagged, features)) {
                    DailySeries s = features.series.get(features.points.get(p)[0]);
                    int d = features.points.get(p)[1];
                    firstLines.add(s.firstLine[d]);
                    whys.add(Message.of(s.key.startsWith("channel ")
                            ? "rule.anomaly_iforest.channel" : "rule.anomaly_iforest.store", name(s.key), s.date(d),
                            Hits.number(scores[p], 3), Hits.number(100.0 * flagged / n, 1), Hits.count(n),
                            Hits.count(s.units[d]), Hits.money(s.revenueE4[d]),
                            Hits.number(StoreDayFeatures.averagePrice(s, d), 2),
                            Hits.percent((double) s.nightLines[d] / s.lines[d]),
                            Hits.percent(StoreDayFeatures.meanDiscount(s, d))));
                }
                wanted.addAll(firstLines);
                return new Wanted(wanted, Map.of());
            }

            @Override public void again(int i, SaleFact f) {
                if (wanted.contains(i)) lines.put(i, f);
            }

            @Override public void end() {
                for (int k = 0; k < whys.size(); k++) out.accept(Hits.sale(ID, severity, lines.get(firstLines.get(k)), whys.get(k)));
            }
        };
    }

    /**
     * The {@code k} highest-scoring points (ties broken by position), in input order so the list reads like
     * the files. A primitive sort finds the cut-off; boxing 200,000 indices to sort them cost half a second.
     */
    private static int[] top(double[] scores, int k, StoreDayFeatures features) {
        double[] sorted = scores.clone();
        Arrays.sort(sorted);
        double cut = sorted[scores.length - k];
        long[] chosen = new long[k];
        int taken = 0;
        for (int p = 0; p < scores.length && taken < k; p++) {
            if (scores[p] > cut) chosen[taken++] = ((long) firstLine(features, p) << 32) | p;
        }
        for (int p = 0; p < scores.length && taken < k; p++) {
            if (scores[p] == cut) chosen[taken++] = ((long) firstLine(features, p) << 32) | p;
        }
        Arrays.sort(chosen);
        int[] points = new int[k];
        for (int i = 0; i < k; i++) points[i] = (int) chosen[i];
        return points;
    }

    private static int firstLine(StoreDayFeatures features, int p) {
        int[] point = features.points.get(p);
        return features.series.get(point[0]).firstLine[point[1]];
    }

    /** The store code, or the channel of a "channel tmall" series (online sales have no store). */
    private static String name(String key) {
        return key.startsWith("channel ") ? key.substring(8) : key;
    }
}
