package org.salestrack.analytics.feedback;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The aspect lexicon: which words name which aspect. Read from a tab-separated text the analyst can edit
 * (resources/feedback/aspects.tsv ships the default); matching is by substring of the lower-cased text, so
 * a word the segmenter splits (卡顿 as 卡 / 顿) is still found.
 */
public final class AspectLexicon {
    private final List<Aspect> aspects;

    public AspectLexicon(List<Aspect> aspects) { this.aspects = List.copyOf(aspects); }

    public static AspectLexicon standard() {
        try (InputStream in = AspectLexicon.class.getResourceAsStream("/feedback/aspects.tsv")) {
            if (in == null) throw new IllegalStateException("/feedback/aspects.tsv missing from the classpath");
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static AspectLexicon parse(String text) {
        try {
            return read(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines "id TAB 中文名 TAB English TAB words..."; blank lines and lines starting with # are skipped. */
    public static AspectLexicon read(Reader reader) throws IOException {
        List<Aspect> out = new ArrayList<>();
        BufferedReader r = new BufferedReader(reader);
        int lineNo = 0;
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            lineNo++;
            if (line.isBlank() || line.stripLeading().startsWith("#")) continue;
            String[] cells = line.split("\t");
            if (cells.length < 4) {
                throw new IllegalArgumentException("aspect lexicon line " + lineNo + ": expected id, 中文名, English name and words "
                        + "separated by tabs, found " + cells.length + " cell(s)");
            }
            Set<String> terms = new LinkedHashSet<>();
            for (String t : cells[3].trim().split("\\s+")) if (!t.isBlank()) terms.add(t.toLowerCase(Locale.ROOT));
            out.add(new Aspect(cells[0].trim(), cells[1].trim(), cells[2].trim(), List.copyOf(terms)));
        }
        return new AspectLexicon(out);
    }

    public List<Aspect> aspects() { return aspects; }

    /** The ids of the aspects a text mentions, in lexicon order. */
    public List<String> find(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) return out;
        String t = text.toLowerCase(Locale.ROOT);
        for (Aspect a : aspects) {
            for (String term : a.terms()) {
                if (t.contains(term)) {
                    out.add(a.id());
                    break;
                }
            }
        }
        return out;
    }
}
