package org.salestrack.analytics.feedback;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The distinctive words of a group of reviews (a model in a period) against all the reviews around them:
 * the log-odds ratio with an informative Dirichlet prior of Monroe, Colaresi and Quinn ("Fightin' words",
 * Political Analysis 16(4), 2008), each word's z-score. Words shared evenly by every review (手机, 非常)
 * score near zero whatever their frequency, and a word seen in two reviews is not made a keyword by chance
 * the way a plain frequency ratio makes it. A review counts each word once. The words the aspect lexicon
 * gives one aspect count as one keyword (发热, 发烫 and 烫手 are one complaint said three ways, and split
 * three ways none of them would stand out), shown as the words the group used. Pure.
 */
public final class Keywords {
    /** Pseudo-reviews' worth of words the prior spreads over the vocabulary, in proportion to all the reviews. */
    static final double PRIOR = 500;
    public static final int MIN_REVIEWS = 2;

    /** Marks an aspect's words, counted as one: the prefix of the aspect id in a review's word set. */
    static final String ASPECT = "\u0001";

    /**
     * A keyword: the word (for an aspect, its words the group used, most used first, "发烫/烫手/发热"), the
     * aspect whose words it stands for (null for a plain word), reviews of the group and of all using it, its z-score.
     */
    public record Keyword(String word, String aspect, int reviews, int all, double score) {}

    /** How many reviews use each word. */
    public static final class Counts {
        private final Map<String, Integer> reviewsUsing = new HashMap<>();
        private long words;
        private int reviews;

        public void add(Set<String> words) {
            reviews++;
            this.words += words.size();
            for (String w : words) reviewsUsing.merge(w, 1, Integer::sum);
        }

        public int reviews() { return reviews; }

        public int reviewsUsing(String word) { return reviewsUsing.getOrDefault(word, 0); }
    }

    private Keywords() {}

    /**
     * The words of one review: the segmenter's words of two characters or more (a single character is mostly
     * a particle) and the lexicon's terms it contains, which the segmenter may have cut (发烫 as 发 / 烫).
     */
    public static Set<String> words(String text, Segmenter segmenter, AspectLexicon lexicon) {
        Set<String> out = new LinkedHashSet<>();
        if (text == null) return out;
        for (String w : segmenter.words(text)) {
            if (w.codePointCount(0, w.length()) >= 2 && !isNumber(w) && !names(lexicon, w)) out.add(w);
        }
        for (String a : lexicon.find(text)) out.add(ASPECT + a);
        return out;
    }

    /** Whether a word is, or holds, a word of the lexicon: then its aspect stands for it. */
    private static boolean names(AspectLexicon lexicon, String word) {
        for (Aspect a : lexicon.aspects()) for (String t : a.terms()) if (word.contains(t)) return true;
        return false;
    }

    /** The aspect a word of {@link #words} stands for, or null for a plain word. */
    static String aspectOf(String word) { return word.startsWith(ASPECT) ? word.substring(ASPECT.length()) : null; }

    /**
     * The group's {@code top} most distinctive words, used by at least {@link #MIN_REVIEWS} of its reviews,
     * highest z-score first.
     *
     * @param all every review of the comparison, the group's included
     */
    public static List<Keyword> distinctive(Counts group, Counts all, int top) {
        List<Keyword> out = new ArrayList<>();
        if (group.reviews == 0 || all.words == 0) return out;
        double n1 = group.words;
        double n2 = Math.max(0, all.words - group.words);
        for (Map.Entry<String, Integer> e : group.reviewsUsing.entrySet()) {
            int y1 = e.getValue();
            if (y1 < MIN_REVIEWS) continue;
            int total = all.reviewsUsing(e.getKey());
            double y2 = Math.max(0, total - y1);
            double a = PRIOR * total / all.words;
            double delta = Math.log((y1 + a) / (n1 + PRIOR - y1 - a)) - Math.log((y2 + a) / (n2 + PRIOR - y2 - a));
            double z = delta / Math.sqrt(1 / (y1 + a) + 1 / (y2 + a));
            if (z > 0) out.add(new Keyword(e.getKey(), aspectOf(e.getKey()), y1, total, z));
        }
        out.sort(Comparator.comparingDouble(Keyword::score).reversed().thenComparing(Keyword::word));
        return out.size() > top ? List.copyOf(out.subList(0, top)) : out;
    }

    private static boolean isNumber(String w) {
        for (int i = 0; i < w.length(); i++) if (!Character.isDigit(w.charAt(i)) && w.charAt(i) != '.') return false;
        return true;
    }
}
