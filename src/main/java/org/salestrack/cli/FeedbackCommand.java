package org.salestrack.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.salestrack.analytics.feedback.FeedbackDim;
import org.salestrack.analytics.feedback.FeedbackRow;
import org.salestrack.analytics.feedback.FeedbackService;
import org.salestrack.analytics.feedback.KeywordIndex;
import org.salestrack.analytics.feedback.Keywords;
import org.salestrack.analytics.feedback.ReadReview;
import org.salestrack.analytics.feedback.Segmenter;
import org.salestrack.analytics.feedback.ComplaintRefunds;
import org.salestrack.analytics.feedback.SentimentModel;
import org.salestrack.analytics.feedback.SentimentTrainer;
import org.salestrack.task.Cancellation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code feedback}: reviews read for sentiment and aspects, grouped (negative share and top complaints), or
 * one line per review; {@code --train-negative/--train-positive} retrains the shipped sentiment model.
 */
@Command(name = "feedback", description = "Reviews by model, aspect, channel or period: negative share and top complaints; "
        + "or each review's label, score and aspects (--reviews).")
final class FeedbackCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--by", split = ",", paramLabel = "DIM[,DIM]",
            description = "category series model sku channel channel_type region province city aspect year quarter month week day "
                    + "months_since_launch (default: model; a review's place is its order's, empty when the sales do not hold the order)")
    List<String> by = new ArrayList<>();

    @Option(names = "--from", paramLabel = "D", description = "First day (YYYY-MM-DD), included.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "D", description = "Last day (YYYY-MM-DD), included.")
    LocalDate to;

    @Option(names = "--reviews", description = "One line per review: label, score and aspects.")
    boolean reviews;

    @Option(names = "--keywords", description = "The distinctive words of each group (--by, default model) against all the reviews "
            + "from --from to --to (log-odds with an informative prior; an aspect's words count as one).")
    boolean keywords;

    @Option(names = "--refunds", description = "Per model, how many of the orders its negative reviews were written on were "
            + "refunded, against all its orders sold from --from to --to.")
    boolean refunds;

    @Option(names = "--top", paramLabel = "N", description = "Keywords per group (default 10).")
    int top = 10;

    @Option(names = "--json", description = "Print machine-readable output.")
    boolean json;

    @Option(names = "--train-negative", paramLabel = "FILE", description = "Train the sentiment model: negative texts, one a line.")
    Path trainNegative;

    @Option(names = "--train-positive", paramLabel = "FILE", description = "Train the sentiment model: positive texts, one a line.")
    Path trainPositive;

    @Option(names = "--model-out", paramLabel = "FILE", description = "Where the trained model goes (.tsv.gz).")
    Path modelOut;

    @Option(names = "--min-count", paramLabel = "N", description = "Drop features seen in fewer training texts (default 2).")
    int minCount = 2;

    @Option(names = "--evaluate", paramLabel = "FILE", description = "Measure the shipped sentiment model on labelled reviews: "
            + "lines 'positive|negative TAB text', or a CSV with the header cat,label,review (label 1 positive, 0 negative).")
    Path evaluate;

    @Option(names = "--categories", split = ",", paramLabel = "C", description = "With --evaluate on a CSV: only these values of its cat column.")
    List<String> categories = List.of();

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (trainNegative != null || trainPositive != null) return train(out);
        if (evaluate != null) return evaluate(out);
        List<FeedbackDim> dims = (by.isEmpty() ? List.of("model") : by).stream().map(FeedbackDim::of).toList();
        FeedbackService service = new FeedbackService(workspace.open());
        List<ReadReview> read = service.reviews(from, to, null, Cancellation.none());
        if (refunds) printRefunds(out, service.complaintRefundsByModel(read, from, to));
        else if (reviews) printReviews(out, read);
        else if (keywords) printKeywords(out, dims, new KeywordIndex(read, service.lexicon(), Cancellation.none()).byDims(dims, top));
        else printRows(out, dims, service.rows(read, dims));
        return ExitCodes.OK;
    }

    private void printReviews(PrintWriter out, List<ReadReview> read) {
        if (json) {
            List<Map<String, Object>> list = new ArrayList<>();
            for (ReadReview r : read) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("review_id", r.fact().reviewId());
                m.put("label", r.reading().label().id());
                m.put("score", round(r.reading().score()));
                m.put("aspects", r.reading().aspects());
                list.add(m);
            }
            out.println(Json.write(Map.of("reviews", list)));
            return;
        }
        out.println("review_id\tlabel\tscore\taspects\ttext");
        for (ReadReview r : read) {
            out.println(r.fact().reviewId() + "\t" + r.reading().label().id() + "\t" + round(r.reading().score()).toPlainString() + "\t"
                    + String.join(" ", r.reading().aspects()) + "\t" + r.fact().text());
        }
    }

    private void printRefunds(PrintWriter out, List<ComplaintRefunds> rows) {
        if (json) {
            List<Map<String, Object>> list = new ArrayList<>();
            for (ComplaintRefunds r : rows) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("model", r.model());
                m.put("negative_reviews", r.complaints());
                m.put("orders", r.complaining().orders());
                m.put("refunded", r.complaining().refunded());
                m.put("refund_rate", rate(r.complaining().rate()));
                m.put("model_orders", r.overall().orders());
                m.put("model_refunded", r.overall().refunded());
                m.put("model_refund_rate", rate(r.overall().rate()));
                list.add(m);
            }
            out.println(Json.write(Map.of("refunds", list)));
            return;
        }
        out.println("model\tnegative_reviews\torders\trefunded\trefund_rate\tmodel_orders\tmodel_refunded\tmodel_refund_rate");
        for (ComplaintRefunds r : rows) {
            out.println(r.model() + "\t" + r.complaints() + "\t" + r.complaining().orders() + "\t" + r.complaining().refunded() + "\t"
                    + text(r.complaining().rate()) + "\t" + r.overall().orders() + "\t" + r.overall().refunded() + "\t" + text(r.overall().rate()));
        }
    }

    /** A rate to 4 decimals, or null (JSON) / empty when there is nothing to divide. */
    private static BigDecimal rate(double v) { return Double.isNaN(v) ? null : round(v); }

    private static String text(double v) { return Double.isNaN(v) ? "" : round(v).toPlainString(); }

    private void printRows(PrintWriter out, List<FeedbackDim> dims, List<FeedbackRow> rows) {
        if (json) {
            List<Map<String, Object>> list = new ArrayList<>();
            for (FeedbackRow r : rows) {
                Map<String, Object> m = new LinkedHashMap<>();
                for (int i = 0; i < dims.size(); i++) m.put(dims.get(i).id(), shown(dims.get(i), r.keys().get(i)));
                m.put("reviews", r.reviews());
                m.put("negative", r.negative());
                m.put("negative_share", round(r.negativeShare()));
                m.put("top_aspects", r.topAspects());
                list.add(m);
            }
            out.println(Json.write(Map.of("rows", list)));
            return;
        }
        out.println(String.join("\t", dims.stream().map(FeedbackDim::id).toList()) + "\treviews\tnegative\tnegative_share\ttop_aspects");
        for (FeedbackRow r : rows) {
            List<String> keys = new ArrayList<>();
            for (int i = 0; i < dims.size(); i++) keys.add(shown(dims.get(i), r.keys().get(i)));
            out.println(String.join("\t", keys) + "\t" + r.reviews() + "\t" + r.negative() + "\t" + round(r.negativeShare()).toPlainString()
                    + "\t" + String.join(" ", r.topAspects()));
        }
    }

    /** A province as {@code summary} names it (广东), from its code; every other key as it is. */
    private static String shown(FeedbackDim d, String key) {
        return d == FeedbackDim.PROVINCE && !key.isEmpty() ? org.salestrack.model.Provinces.get().name(key, true, key) : key;
    }

    private void printKeywords(PrintWriter out, List<FeedbackDim> dims, List<KeywordIndex.Group> groups) {
        if (json) {
            List<Map<String, Object>> list = new ArrayList<>();
            for (KeywordIndex.Group g : groups) {
                Map<String, Object> m = new LinkedHashMap<>();
                for (int i = 0; i < dims.size(); i++) m.put(dims.get(i).id(), shown(dims.get(i), g.keys().get(i)));
                m.put("reviews", g.reviews());
                List<Map<String, Object>> words = new ArrayList<>();
                for (Keywords.Keyword k : g.keywords()) {
                    Map<String, Object> w = new LinkedHashMap<>();
                    w.put("word", k.word());
                    w.put("aspect", k.aspect());
                    w.put("reviews", k.reviews());
                    w.put("all", k.all());
                    w.put("score", round(k.score()));
                    words.add(w);
                }
                m.put("words", words);
                list.add(m);
            }
            out.println(Json.write(Map.of("keywords", list)));
            return;
        }
        out.println(String.join("\t", dims.stream().map(FeedbackDim::id).toList()) + "\treviews\tkeywords");
        for (KeywordIndex.Group g : groups) {
            out.println(String.join("\t", g.keys()) + "\t" + g.reviews() + "\t"
                    + String.join(" ", g.keywords().stream().map(k -> k.word() + "(" + k.reviews() + ")").toList()));
        }
    }

    private static BigDecimal round(double v) { return BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_UP); }

    /** The shipped model's accuracy on labelled reviews it was not trained on (e.g. the phone and tablet reviews of a public corpus). */
    private Integer evaluate(PrintWriter out) throws IOException {
        List<String> lines = Files.readAllLines(evaluate, StandardCharsets.UTF_8);
        boolean csv = !lines.isEmpty() && lines.get(0).replace("\uFEFF", "").startsWith("cat,label,review");
        List<SentimentTrainer.Labelled> texts = new ArrayList<>();
        for (String line : csv ? lines.subList(1, lines.size()) : lines) {
            if (csv) {
                String[] c = line.split(",", 3);
                if (c.length < 3 || c[2].isBlank() || !(categories.isEmpty() || categories.contains(c[0]))) continue;
                texts.add(new SentimentTrainer.Labelled(c[2], c[1].equals("1")));
            } else {
                int tab = line.indexOf('\t');
                if (tab < 0 || line.substring(tab + 1).isBlank()) continue;
                texts.add(new SentimentTrainer.Labelled(line.substring(tab + 1), line.startsWith("positive")));
            }
        }
        double accuracy = SentimentTrainer.accuracy(SentimentModel.standard(), texts, new Segmenter());
        out.printf(Locale.ROOT, "%,d labelled reviews (%,d positive): accuracy %.4f%n", texts.size(),
                texts.stream().filter(SentimentTrainer.Labelled::positive).count(), accuracy);
        return ExitCodes.OK;
    }

    /** Trains on the two lists (every fifth text held out), prints the held-out accuracy and writes the model. */
    private Integer train(PrintWriter out) throws IOException {
        if (trainNegative == null || trainPositive == null || modelOut == null) {
            throw new IllegalArgumentException("training needs --train-negative, --train-positive and --model-out");
        }
        List<SentimentTrainer.Labelled> texts = new ArrayList<>();
        for (String s : Files.readAllLines(trainNegative, StandardCharsets.UTF_8)) if (!s.isBlank()) texts.add(new SentimentTrainer.Labelled(s, false));
        for (String s : Files.readAllLines(trainPositive, StandardCharsets.UTF_8)) if (!s.isBlank()) texts.add(new SentimentTrainer.Labelled(s, true));
        SentimentTrainer.Result r = new SentimentTrainer(minCount).trainAndTest(texts, new Segmenter());
        try (OutputStream o = Files.newOutputStream(modelOut)) {
            r.model().write(o);
        }
        for (SentimentTrainer.Tried t : r.tried()) {
            out.printf(Locale.ROOT, "  smoothing %.2f: %d-fold cross-validated accuracy on the training part %.4f%n",
                    t.setting().alpha(), SentimentTrainer.FOLDS, t.cvAccuracy());
        }
        out.printf(Locale.ROOT, "trained on %,d texts (smoothing %.2f; %,d copies of held-out texts left out), held out %,d "
                + "(every %dth): accuracy %.4f; %,d features -> %s%n", r.trained(), r.chosen().alpha(), r.droppedCopies(), r.heldOut(), SentimentTrainer.HOLD_OUT_EVERY, r.accuracy(),
                r.model().features(), modelOut);
        return ExitCodes.OK;
    }
}
