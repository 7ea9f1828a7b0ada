package org.salestrack.analytics.feedback;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The features a review's words give the sentiment model: each word and each pair of neighbouring words
 * (so 不 / 好 reads differently from 好), each counted once per review (binarised naive Bayes, which does
 * better on short reviews than raw counts).
 */
final class SentimentFeatures {
    private SentimentFeatures() {}

    static Set<String> of(List<String> words) {
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < words.size(); i++) {
            out.add(words.get(i));
            if (i > 0) out.add(words.get(i - 1) + ' ' + words.get(i));
        }
        return out;
    }
}
