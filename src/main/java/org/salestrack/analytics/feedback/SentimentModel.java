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
 * A linear sentiment model over binary word and word-pair features: the log-odds that a text is positive is
 * the bias plus the weights of the features it holds; below probability 0.5 it is labelled negative. Trained
 * offline by {@link SentimentTrainer} (naive Bayes, whose log-likelihood ratios are the weights); the shipped
 * model is resources/feedback/sentiment-nb2.tsv.gz. A file of the earlier format (per feature the negative and
 * positive reviews holding it, add-one smoothing) reads as the same linear model.
 */
public final class SentimentModel {
    public static final String RESOURCE = "/feedback/sentiment-nb2.tsv.gz";
    private static final String MAGIC = "# salestrack sentiment linear v2";
    private static final String MAGIC_NB = "# salestrack sentiment naive-bayes v1";
    private static final double NB_ALPHA = 1.0;

    private final double bias;
    private final Map<String, Double> weights;
    private final FeatureTable table;

    public SentimentModel(double bias, Map<String, Double> weights) {
        this.bias = bias;
        this.weights = Map.copyOf(weights);
        this.table = new FeatureTable(weights);
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
        // long reviews pile up evidence; clamp so exp never overflows
        double logOdds = Math.max(-30, Math.min(30, bias + table.sum(words)));
        return 1.0 / (1.0 + Math.exp(-logOdds));
    }

    public int features() { return weights.size(); }

    public void write(OutputStream out) throws IOException {
        try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(out), StandardCharsets.UTF_8))) {
            w.write(MAGIC + "\t" + bias + "\n");
            for (Map.Entry<String, Double> e : new TreeMap<>(weights).entrySet()) {
                // the scoring table holds floats: written as such, a model reads back with the same scores
                w.write(e.getKey() + "\t" + Float.toString(e.getValue().floatValue()) + "\n");
            }
        }
    }

    public static SentimentModel read(InputStream in) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
        String head = r.readLine();
        if (head != null && head.startsWith(MAGIC_NB)) return naiveBayes(head, r);
        if (head == null || !head.startsWith(MAGIC)) throw new IOException("not a SalesTrack sentiment model");
        Map<String, Double> weights = new HashMap<>();
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            int tab = line.lastIndexOf('\t');
            weights.put(line.substring(0, tab), Double.parseDouble(line.substring(tab + 1)));
        }
        return new SentimentModel(Double.parseDouble(head.split("\t")[1]), weights);
    }

    /** Naive Bayes with add-one smoothing as a linear model: the weight of a feature is its log-likelihood ratio. */
    private static SentimentModel naiveBayes(String head, BufferedReader r) throws IOException {
        String[] h = head.split("\t");
        Map<String, int[]> counts = new HashMap<>();
        long tokNeg = 0;
        long tokPos = 0;
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            String[] c = line.split("\t");
            int[] v = {Integer.parseInt(c[1]), Integer.parseInt(c[2])};
            counts.put(c[0], v);
            tokNeg += v[0];
            tokPos += v[1];
        }
        double denNeg = Math.log(tokNeg + NB_ALPHA * counts.size());
        double denPos = Math.log(tokPos + NB_ALPHA * counts.size());
        Map<String, Double> weights = new HashMap<>();
        counts.forEach((f, c) -> weights.put(f, Math.log(c[1] + NB_ALPHA) - denPos - Math.log(c[0] + NB_ALPHA) + denNeg));
        return new SentimentModel(Math.log(Double.parseDouble(h[2]) / Double.parseDouble(h[1])), weights);
    }
}
