package org.salestrack.analytics.feedback;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Trains the naive Bayes sentiment model on labelled texts and measures it on a held-out part. The split
 * is by position (every fifth text is held out), so it is the same on every run and machine.
 */
public final class SentimentTrainer {
    /** A text and whether it is positive. */
    public record Labelled(String text, boolean positive) {}

    /** The trained model, how many texts trained and tested it, and its accuracy on the held-out texts. */
    public record Result(SentimentModel model, int trained, int heldOut, double accuracy) {}

    public static final int HOLD_OUT_EVERY = 5;

    private final int minCount;

    /** @param minCount a feature seen in fewer training texts is dropped (keeps the model file small) */
    public SentimentTrainer(int minCount) { this.minCount = minCount; }

    public static boolean heldOut(int index) { return index % HOLD_OUT_EVERY == HOLD_OUT_EVERY - 1; }

    /** Trains on the texts that are not held out, then measures on the held-out ones. */
    public Result trainAndTest(List<Labelled> texts, Segmenter segmenter) {
        Map<String, int[]> counts = new HashMap<>();
        long neg = 0;
        long pos = 0;
        int trained = 0;
        for (int i = 0; i < texts.size(); i++) {
            if (heldOut(i)) continue;
            Labelled l = texts.get(i);
            int side = l.positive() ? 1 : 0;
            if (l.positive()) pos++; else neg++;
            for (String f : SentimentFeatures.of(segmenter.words(l.text()))) counts.computeIfAbsent(f, k -> new int[2])[side]++;
            trained++;
        }
        counts.values().removeIf(c -> c[0] + c[1] < minCount);
        SentimentModel model = new SentimentModel(neg, pos, counts);
        int right = 0;
        int tested = 0;
        for (int i = 0; i < texts.size(); i++) {
            if (!heldOut(i)) continue;
            Labelled l = texts.get(i);
            if ((model.score(segmenter.words(l.text())) >= 0.5) == l.positive()) right++;
            tested++;
        }
        return new Result(model, trained, tested, tested == 0 ? Double.NaN : (double) right / tested);
    }

    /** The accuracy of a model on labelled texts. */
    public static double accuracy(SentimentModel model, List<Labelled> texts, Segmenter segmenter) {
        int right = 0;
        for (Labelled l : texts) if ((model.score(segmenter.words(l.text())) >= 0.5) == l.positive()) right++;
        return texts.isEmpty() ? Double.NaN : (double) right / texts.size();
    }
}
