package org.salestrack.analytics.feedback;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.salestrack.task.Cancellation;

/**
 * The words of a set of reviews, segmented once, so the keywords of any group of them (a model, a model in a
 * week) are counted against all of them without segmenting again. Pure; build it off the FX thread.
 */
public final class KeywordIndex {
    private final List<ReadReview> reviews;
    private final Map<ReadReview, Set<String>> words = new IdentityHashMap<>();
    private final Keywords.Counts all = new Keywords.Counts();
    private final AspectLexicon lexicon;

    public KeywordIndex(List<ReadReview> reviews, AspectLexicon lexicon, Cancellation cancel) {
        this.reviews = List.copyOf(reviews);
        this.lexicon = lexicon;
        Segmenter segmenter = new Segmenter();
        int i = 0;
        for (ReadReview r : this.reviews) {
            if (++i % 500 == 0) cancel.check();
            Set<String> w = Keywords.words(r.fact().text(), segmenter, lexicon);
            words.put(r, w);
            all.add(w);
        }
    }

    public int size() { return reviews.size(); }

    /** The {@code top} most distinctive words of the reviews {@code group} keeps, against all the indexed reviews. */
    public List<Keywords.Keyword> keywords(Predicate<ReadReview> group, int top) {
        Keywords.Counts g = new Keywords.Counts();
        List<ReadReview> kept = new ArrayList<>();
        for (ReadReview r : reviews) if (group.test(r)) kept.add(r);
        for (ReadReview r : kept) g.add(words.get(r));
        List<Keywords.Keyword> out = new ArrayList<>();
        for (Keywords.Keyword k : Keywords.distinctive(g, all, top)) {
            out.add(k.aspect() == null ? k : new Keywords.Keyword(said(kept, k.aspect()), k.aspect(), k.reviews(), k.all(), k.score()));
        }
        return out;
    }

    /** One group of reviews (its keys on the dimensions) with its keywords against all the indexed reviews. */
    public record Group(List<String> keys, int reviews, List<Keywords.Keyword> keywords) {}

    /** The keywords of every group of the indexed reviews on the dimensions, in key order. */
    public List<Group> byDims(List<FeedbackDim> by, int top) {
        Map<List<String>, List<ReadReview>> groups = new java.util.TreeMap<>(FeedbackRows::compareKeys);
        for (ReadReview r : reviews) for (List<String> k : FeedbackRows.keys(r, by)) groups.computeIfAbsent(k, x -> new ArrayList<>()).add(r);
        List<Group> out = new ArrayList<>();
        groups.forEach((k, list) -> {
            Set<ReadReview> members = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            members.addAll(list);
            out.add(new Group(k, list.size(), keywords(members::contains, top)));
        });
        return out;
    }

    /** An aspect's words the reviews used, most used first, joined by "/". */
    private String said(List<ReadReview> kept, String aspect) {
        List<String> terms = lexicon.aspects().stream().filter(a -> a.id().equals(aspect)).findFirst().map(Aspect::terms).orElse(List.of());
        Map<String, Integer> used = new java.util.LinkedHashMap<>();
        for (ReadReview r : kept) {
            String text = r.fact().text().toLowerCase(java.util.Locale.ROOT);
            for (String t : terms) if (text.contains(t)) used.merge(t, 1, Integer::sum);
        }
        return used.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).map(Map.Entry::getKey)
                .collect(java.util.stream.Collectors.joining("/"));
    }
}
