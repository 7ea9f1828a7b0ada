package org.salestrack.analytics.feedback;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A binarised multinomial naive Bayes sentiment model: per feature (a word or a word pair) the number of
 * negative and positive training reviews holding it. {@link #score} is the probability that a text is
 * positive; below 0.5 it is labelled negative. Trained offline by {@link SentimentTrainer}; the shipped
 * model is resources/feedback/sentiment-nb.tsv.gz.
 */
public final class SentimentModel {
    public static final String RESOURCE = "/feedback/sentiment-nb.tsv.gz";
    private static final String MAGIC = "# salestrack sentiment naive-bayes v1";
    private static final double ALPHA = 1.0;

    private final long docsNeg;
    private final long docsPos;
    private final Map<String, int[]> counts;
    private final double logPriorRatio;
    private final double logDenNeg;
    private final double logDenPos;

    /** @param counts per feature {negative reviews, positive reviews} holding it */
    public SentimentModel(long docsNeg, long docsPos, Map<String, int[]> counts) {
        this.docsNeg = docsNeg;
        this.docsPos = docsPos;
        this.counts = Map.copyOf(counts);
        long tokNeg = 0;
        long tokPos = 0;
        for (int[] c : counts.values()) {
            tokNeg += c[0];
            tokPos += c[1];
        }
        this.logPriorRatio = Math.log((double) docsPos / docsNeg);
        this.logDenNeg = Math.log(tokNeg + ALPHA * counts.size());
        this.logDenPos = Math.log(tokPos + ALPHA * counts.size());
    }

    public static SentimentModel standard() {
        try (InputStream in = SentimentModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException(RESOURCE + " missing from the classpath");
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The probability that a review with these words is positive. */
    public double score(List<String> words) {
        double logOdds = logPriorRatio;
        for (String f : SentimentFeatures.of(words)) {
            int[] c = counts.get(f);
            if (c == null) continue;
            logOdds += Math.log(c[1] + ALPHA) - logDenPos - Math.log(c[0] + ALPHA) + logDenNeg;
        }
        // long reviews pile up evidence; clamp so exp never overflows
        logOdds = Math.max(-30, Math.min(30, logOdds));
        return 1.0 / (1.0 + Math.exp(-logOdds));
    }

    public int features() { return counts.size(); }

    public void write(OutputStream out) throws IOException {
        try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(out), StandardCharsets.UTF_8))) {
            w.write(MAGIC + "\t" + docsNeg + "\t" + docsPos + "\n");
            for (Map.Entry<String, int[]> e : new TreeMap<>(counts).entrySet()) {
                w.write(e.getKey() + "\t" + e.getValue()[0] + "\t" + e.getValue()[1] + "\n");
            }
        }
    }

    public static SentimentModel read(InputStream in) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
        String head = r.readLine();
        if (head == null || !head.startsWith(MAGIC)) throw new IOException("not a SalesTrack sentiment model");
        String[] h = head.split("\t");
        Map<String, int[]> counts = new HashMap<>();
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            String[] c = line.split("\t");
            counts.put(c[0], new int[] {Integer.parseInt(c[1]), Integer.parseInt(c[2])});
        }
        return new SentimentModel(Long.parseLong(h[1]), Long.parseLong(h[2]), counts);
    }
}
