package org.salestrack.analytics.feedback;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Chinese word segmentation by Lucene's smartcn (a hidden Markov model over a bundled dictionary):
 * "手机发热严重" gives 手机 / 发热 / 严重. Punctuation and spaces are dropped, Latin letters lower-cased.
 * One instance reuses one tokenizer, so it is not thread-safe: give each thread its own.
 */
public final class Segmenter {
    private final HMMChineseTokenizer tokenizer = new HMMChineseTokenizer();
    private final CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);

    public List<String> words(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isBlank()) return out;
        try {
            tokenizer.setReader(new StringReader(text));
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                String w = term.toString();
                if (hasLetterOrDigit(w)) out.add(w.toLowerCase(Locale.ROOT));
            }
            tokenizer.end();
        } catch (IOException e) {
            throw new UncheckedIOException("a string reader cannot fail", e);
        } finally {
            try {
                tokenizer.close();
            } catch (IOException e) {
                // closing a string reader: nothing to release
            }
        }
        return out;
    }

    private static boolean hasLetterOrDigit(String w) {
        for (int i = 0; i < w.length(); i++) if (Character.isLetterOrDigit(w.charAt(i))) return true;
        return false;
    }
}
