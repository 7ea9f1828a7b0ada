package org.salestrack.bench;

import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.salestrack.analytics.feedback.AspectLexicon;
import org.salestrack.analytics.feedback.FeedbackDim;
import org.salestrack.analytics.feedback.FeedbackOverview;
import org.salestrack.analytics.feedback.FeedbackRow;
import org.salestrack.analytics.feedback.FeedbackRows;
import org.salestrack.analytics.feedback.FeedbackService;
import org.salestrack.analytics.feedback.ReadReview;
import org.salestrack.analytics.feedback.SentimentModel;
import org.salestrack.analytics.feedback.SpikeDetector;
import org.salestrack.model.feedback.ReviewFact;
import org.salestrack.task.Cancellation;

/**
 * bench/feedback: N reviews (the sample's Tmall review texts, recombined four clauses at a time so texts
 * repeat rarely, over 30 models and two years) segmented, scored and read for aspects on every core, then
 * grouped by model x aspect and summed up for the screen. Target (issue 22): 1,000,000 in under 60 s on 2 cores.
 * Usage: FeedbackBench [N] [RUNS]
 */
public final class FeedbackBench {
    private static final PrintStream OUT = System.out;

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<ReviewFact> facts = reviews(n);
        SentimentModel model = SentimentModel.standard();
        AspectLexicon lexicon = AspectLexicon.standard();
        OUT.printf(Locale.ROOT, "%,d reviews, %d cores, mean %.1f characters%n", n, Runtime.getRuntime().availableProcessors(),
                facts.stream().mapToInt(f -> f.text().length()).average().orElse(0));
        double[] secs = new double[runs];
        for (int i = 0; i < runs; i++) {
            try (HeapWatch heap = HeapWatch.start()) {
                long t0 = System.nanoTime();
                List<ReadReview> read = FeedbackService.read(facts, model, lexicon, Cancellation.none());
                double readS = (System.nanoTime() - t0) / 1e9;
                List<FeedbackRow> rows = FeedbackRows.of(read, List.of(FeedbackDim.MODEL, FeedbackDim.ASPECT), lexicon);
                FeedbackOverview o = FeedbackOverview.of(read, List.of(), lexicon, SpikeDetector.standard());
                secs[i] = (System.nanoTime() - t0) / 1e9;
                OUT.printf(Locale.ROOT, "run %d: read %.2f s (%,.0f reviews/s), grouped and summed up: %.2f s in all; %,d negative, %,d rows, "
                        + "%d spikes; peak heap %.0f MB%n", i + 1, readS, n / readS, secs[i], o.negative(), rows.size(), o.spikes().size(),
                        heap.peakUsedMb());
            }
        }
        java.util.Arrays.sort(secs);
        OUT.printf(Locale.ROOT, "median %.2f s for %,d reviews (target: 1,000,000 in 60 s)%n", secs[runs / 2], n);
    }

    private static List<ReviewFact> reviews(int n) throws Exception {
        List<String> clauses = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("samples/feedback/reviews-tmall-2024-2025.csv"), Charset.forName("GBK")).subList(1, 950)) {
            String text = line.substring(line.lastIndexOf(',') + 1);
            for (String c : text.split("，")) if (c.length() > 1) clauses.add(c);
        }
        Random rng = new Random(22);
        List<ReviewFact> out = new ArrayList<>(n);
        LocalDateTime start = LocalDateTime.of(2024, 1, 1, 0, 0);
        for (int i = 0; i < n; i++) {
            // four clauses: about the length of a real review (the sample reviews average 24 characters)
            String text = clauses.get(rng.nextInt(clauses.size())) + "，" + clauses.get(rng.nextInt(clauses.size())) + "，"
                    + clauses.get(rng.nextInt(clauses.size())) + "，" + clauses.get(rng.nextInt(clauses.size())) + "。";
            String model = "M" + rng.nextInt(30);
            out.add(new ReviewFact("R" + i, start.plusMinutes(rng.nextInt(730 * 24 * 60)), 1L, "天猫", "online", 1L, model + "-128", model,
                    "S", "手机", null, text));
        }
        return out;
    }
}
