package org.salestrack.sample;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.salestrack.model.SaleStatus;

/**
 * Buyers' reviews of their Tmall and JD order lines: a few percent of the lines get one, a few days after
 * the sale, praising or complaining about the aspects its product has, each model with its own weak points.
 * Planted: the 星河 X7 software update of {@link #UPDATE_WEEK} makes buyers complain of overheating for
 * three weeks ({@link #AFTER_UPDATE_HEAT} reviews a week, on earlier X7 orders).
 */
final class ReviewSamples {
    /** One review as the generator knows it. */
    record Review(Channel channel, String reviewId, LocalDateTime at, SaleRecord line, int rating, String text, boolean planted) {}

    static final String UPDATE_MODEL = "星河 X7";
    /** The Monday of ISO week 2025-W45, when the update reached the phones. */
    static final LocalDate UPDATE_WEEK = LocalDate.of(2025, 11, 3);
    static final int[] AFTER_UPDATE_HEAT = {9, 14, 8};
    private static final double REVIEW_SHARE = 0.04;
    private static final double NEGATIVE_SHARE = 0.15;
    private static final double NEGATIVE_SHARE_REFUNDED = 0.6;
    /** aspects a model draws complaints about more often (weight 4 against 1) */
    private static final Map<String, List<String>> WEAK_POINTS = Map.of(
            "畅享 E30", List.of("system"), "畅享 E40", List.of("system", "camera"), "星河 Fold 4", List.of("screen"),
            "青春 Y40", List.of("battery"), "星河 X6 Pro", List.of("price"), "星河平板 Pad 7", List.of("screen"));

    private final Random rng;

    ReviewSamples(long seed) { this.rng = new Random(seed); }

    List<Review> simulate(List<SaleRecord> tmall, List<SaleRecord> jd) {
        List<Review> out = new ArrayList<>();
        reviews(Channel.TMALL, "TR", tmall, out);
        reviews(Channel.JD, "JR", jd, out);
        plantUpdateEpisode(tmall, jd, out);
        out.sort(Comparator.comparing(Review::at).thenComparing(Review::reviewId));
        return out;
    }

    private void reviews(Channel channel, String prefix, List<SaleRecord> lines, List<Review> out) {
        int n = 0;
        for (SaleRecord line : lines) {
            if (line.status() == SaleStatus.CANCELLED || rng.nextDouble() >= REVIEW_SHARE) continue;
            LocalDateTime at = line.soldAt().plusDays(3 + rng.nextInt(18)).plusMinutes(rng.nextInt(24 * 60));
            boolean negative = rng.nextDouble() < (line.status() == SaleStatus.REFUNDED ? NEGATIVE_SHARE_REFUNDED : NEGATIVE_SHARE);
            String id = prefix + String.format("%08d", 10_000 + ++n * 7);
            out.add(negative ? complaint(channel, id, at, line) : praise(channel, id, at, line));
        }
    }

    private Review praise(Channel channel, String id, LocalDateTime at, SaleRecord line) {
        List<String> aspects = FeedbackPhrases.aspectsOf(line.product());
        List<String> clauses = new ArrayList<>();
        String first = FeedbackPhrases.pick(aspects, rng);
        clauses.add(FeedbackPhrases.praise(first, rng));
        if (rng.nextBoolean()) {
            String second = FeedbackPhrases.pick(aspects, rng);
            if (!second.equals(first)) clauses.add(FeedbackPhrases.praise(second, rng));
        }
        int rating = rng.nextDouble() < 0.75 ? 5 : 4;
        return new Review(channel, id, at, line, rating, FeedbackPhrases.review(clauses, FeedbackPhrases.glad(rng)), false);
    }

    private Review complaint(Channel channel, String id, LocalDateTime at, SaleRecord line) {
        List<String> aspects = FeedbackPhrases.aspectsOf(line.product());
        String model = line.product().model();
        List<String> weak = WEAK_POINTS.getOrDefault(model, List.of());
        String bad = !weak.isEmpty() && rng.nextDouble() < 0.5 ? FeedbackPhrases.pick(weak, rng) : FeedbackPhrases.pick(aspects, rng);
        if (bad.equals("heat") && model.equals(UPDATE_MODEL)) bad = "battery"; // before its update the X7 ran cool
        List<String> clauses = new ArrayList<>();
        if (rng.nextDouble() < 0.3) {
            String good = FeedbackPhrases.pick(aspects, rng);
            if (!good.equals(bad)) clauses.add(FeedbackPhrases.praise(good, rng).split("，")[0]);
        }
        clauses.add(FeedbackPhrases.complaint(bad, rng));
        int rating = rng.nextDouble() < 0.6 ? 1 : 2;
        return new Review(channel, id, at, line, rating, FeedbackPhrases.review(clauses, FeedbackPhrases.sorry(rng)), false);
    }

    /** Complaints of heat after the update, on X7 orders sold before it, spread over each week's days. */
    private void plantUpdateEpisode(List<SaleRecord> tmall, List<SaleRecord> jd, List<Review> out) {
        List<SaleRecord> owners = new ArrayList<>();
        for (List<SaleRecord> lines : List.of(tmall, jd)) {
            for (SaleRecord r : lines) {
                if (r.product().model().equals(UPDATE_MODEL) && r.status() == SaleStatus.PAID
                        && r.soldAt().toLocalDate().isBefore(UPDATE_WEEK)) owners.add(r);
            }
        }
        if (owners.isEmpty()) throw new IllegalStateException("no " + UPDATE_MODEL + " online orders before " + UPDATE_WEEK);
        int n = 0;
        for (int week = 0; week < AFTER_UPDATE_HEAT.length; week++) {
            for (int k = 0; k < AFTER_UPDATE_HEAT[week]; k++) {
                SaleRecord line = owners.get(rng.nextInt(owners.size()));
                LocalDateTime at = UPDATE_WEEK.plusWeeks(week).plusDays(rng.nextInt(7)).atTime(8 + rng.nextInt(14), rng.nextInt(60),
                        rng.nextInt(60));
                String prefix = line.channel() == Channel.TMALL ? "TU" : "JU";
                out.add(new Review(line.channel(), prefix + String.format("%06d", ++n), at, line, rng.nextDouble() < 0.7 ? 1 : 2,
                        FeedbackPhrases.pick(FeedbackPhrases.AFTER_UPDATE_HEAT, rng), true));
            }
        }
    }
}
