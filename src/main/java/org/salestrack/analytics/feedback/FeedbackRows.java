package org.salestrack.analytics.feedback;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Groups read reviews by dimensions into {@link FeedbackRow}s, in key order. */
public final class FeedbackRows {
    public static final int TOP_ASPECTS = 3;
    private static final java.util.regex.Pattern WHOLE = java.util.regex.Pattern.compile("-?\\d{1,9}");

    private FeedbackRows() {}

    public static List<FeedbackRow> of(List<ReadReview> reviews, List<FeedbackDim> by, AspectLexicon lexicon) {
        Map<List<String>, Group> groups = new TreeMap<>(FeedbackRows::compareKeys);
        for (ReadReview r : reviews) {
            for (List<String> key : keys(r, by)) groups.computeIfAbsent(key, k -> new Group()).add(r);
        }
        List<String> order = lexicon.aspects().stream().map(Aspect::id).toList();
        List<FeedbackRow> out = new ArrayList<>();
        groups.forEach((k, g) -> out.add(new FeedbackRow(k, g.reviews, g.negative, g.top(order))));
        return out;
    }

    /** One-dimension rows with the most reviews first, ties by key, and the rows without a key (no place, no launch) last. */
    public static List<FeedbackRow> byVolume(List<FeedbackRow> rows) {
        List<FeedbackRow> out = new ArrayList<>(rows);
        out.sort(Comparator.comparing((FeedbackRow r) -> r.keys().get(0).isEmpty()).thenComparing(FeedbackRow::reviews, Comparator.reverseOrder())
                .thenComparing(r -> r.keys().get(0)));
        return out;
    }

    /** A review's keys on the dimensions: one combination, or several when cut by aspect. */
    static List<List<String>> keys(ReadReview r, List<FeedbackDim> by) {
        List<List<String>> out = new ArrayList<>();
        out.add(List.of());
        for (FeedbackDim d : by) {
            List<List<String>> next = new ArrayList<>();
            for (List<String> prefix : out) {
                for (String k : d.keys(r)) {
                    List<String> key = new ArrayList<>(prefix);
                    key.add(k);
                    next.add(key);
                }
            }
            out = next;
        }
        return out;
    }

    /** Key by key; whole numbers (months since launch) by their value, so 2 comes before 10. */
    static int compareKeys(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            String x = a.get(i);
            String y = b.get(i);
            int c = WHOLE.matcher(x).matches() && WHOLE.matcher(y).matches() ? Long.compare(Long.parseLong(x), Long.parseLong(y)) : x.compareTo(y);
            if (c != 0) return c;
        }
        return Integer.compare(a.size(), b.size());
    }

    private static final class Group {
        int reviews;
        int negative;
        final Map<String, Integer> complaints = new LinkedHashMap<>();

        void add(ReadReview r) {
            reviews++;
            if (!r.reading().negative()) return;
            negative++;
            for (String a : r.reading().complaints()) complaints.merge(a, 1, Integer::sum);
        }

        /** Most complained-about first; ties in lexicon order. */
        List<String> top(List<String> order) {
            return complaints.entrySet().stream()
                    .sorted(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue).reversed()
                            .thenComparingInt(e -> order.indexOf(e.getKey())))
                    .limit(TOP_ASPECTS).map(Map.Entry::getKey).toList();
        }
    }
}
