package org.salestrack.analytics.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a review: segments it, scores it with the sentiment model and finds its aspects. A negative
 * review complains about the aspects of its negative clauses ("拍照很好，就是发热严重" complains about
 * heat, not the camera); when no clause is negative on its own, about every aspect it names.
 * Not thread-safe (it holds a {@link Segmenter}): one per thread.
 */
public final class ReviewReader {
    private static final Pattern CLAUSES = Pattern.compile("[，,。.!！?？;；\\s~～…]+");

    private final Segmenter segmenter = new Segmenter();
    private final SentimentModel model;
    private final AspectLexicon lexicon;

    public ReviewReader(SentimentModel model, AspectLexicon lexicon) {
        this.model = model;
        this.lexicon = lexicon;
    }

    public static ReviewReader standard() { return new ReviewReader(SentimentModel.standard(), AspectLexicon.standard()); }

    public AspectLexicon lexicon() { return lexicon; }

    public Reading read(String text) {
        double score = model.score(segmenter.words(text));
        Reading.Label label = score >= 0.5 ? Reading.Label.POSITIVE : Reading.Label.NEGATIVE;
        List<String> aspects = lexicon.find(text);
        List<String> complaints = label == Reading.Label.NEGATIVE ? complaints(text, aspects) : List.of();
        return new Reading(score, label, aspects, complaints);
    }

    private List<String> complaints(String text, List<String> aspects) {
        if (aspects.size() <= 1) return aspects;
        List<String> out = new ArrayList<>();
        for (String clause : CLAUSES.split(text)) {
            if (clause.isBlank()) continue;
            List<String> here = lexicon.find(clause);
            if (here.isEmpty() || model.score(segmenter.words(clause)) >= 0.5) continue;
            for (String a : here) if (!out.contains(a)) out.add(a);
        }
        if (out.isEmpty()) return aspects;
        List<String> ordered = new ArrayList<>(aspects);
        ordered.retainAll(out);
        return ordered;
    }
}
