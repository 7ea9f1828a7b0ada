package org.salestrack.analytics.feedback;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The features a review's words give the sentiment model: each word and each pair of neighbouring words
 * (so 不 / 好 reads differently from 好), each counted once per review (binary features do better on short
 * reviews than counts). A pair is written "a b"; words never hold a space (the segmenter drops them).
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

    /** The 64-bit hash of a feature as {@link #of} writes it: a word's, or a pair's from its two words' hashes. */
    static long hash(String feature) {
        int space = feature.indexOf(' ');
        if (space < 0) return wordHash(feature);
        return pairHash(wordHash(feature.substring(0, space)), wordHash(feature.substring(space + 1)));
    }

    /** FNV-1a over the characters, never 0 (0 marks an empty slot of {@link FeatureTable}). */
    static long wordHash(CharSequence word) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < word.length(); i++) {
            h ^= word.charAt(i);
            h *= 0x100000001b3L;
        }
        return h == 0 ? 1 : h;
    }

    /** A pair's hash, order-sensitive (好 不 is not 不 好), mixed so pairs do not collide with words. */
    static long pairHash(long first, long second) {
        long h = first * 0x9E3779B97F4A7C15L + Long.rotateLeft(second, 31);
        h ^= h >>> 29;
        h *= 0xBF58476D1CE4E5B9L;
        h ^= h >>> 32;
        return h == 0 ? 1 : h;
    }
}
