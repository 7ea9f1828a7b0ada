package org.salestrack.analytics.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.salestrack.model.Dimension;
import org.salestrack.model.cube.Slice;
import org.salestrack.model.feedback.ReviewFact;

class FeedbackRowsTest {
    private final AspectLexicon lexicon = AspectLexicon.standard();

    private static ReadReview review(String id, String model, String day, boolean negative, List<String> aspects, List<String> complaints) {
        ReviewFact f = new ReviewFact(id, LocalDateTime.parse(day + "T10:00:00"), 7L, "天猫", "online", model.equals("星河 X7") ? 11L : 12L,
                null, model, "星河", "手机", negative ? 1 : 5, "");
        return new ReadReview(f, new Reading(negative ? 0.1 : 0.9, negative ? Reading.Label.NEGATIVE : Reading.Label.POSITIVE, aspects,
                complaints));
    }

    private final List<ReadReview> reviews = List.of(
            review("a", "星河 X7", "2025-11-03", true, List.of("heat", "system"), List.of("heat", "system")),
            review("b", "星河 X7", "2025-11-04", true, List.of("heat"), List.of("heat")),
            review("c", "星河 X7", "2025-11-12", false, List.of("camera"), List.of()),
            review("d", "星河 X7", "2025-11-12", true, List.of("battery", "heat"), List.of("battery", "heat")),
            review("e", "星河 X6", "2025-11-05", false, List.of(), List.of()),
            review("f", "星河 X6", "2025-11-05", true, List.of("price"), List.of("price")));

    @Test
    void rowsByModelCountReviewsNegativesAndTheMostComplainedAspects() {
        List<FeedbackRow> rows = FeedbackRows.of(reviews, List.of(FeedbackDim.MODEL), lexicon);
        assertThat(rows).extracting(FeedbackRow::keys).containsExactly(List.of("星河 X6"), List.of("星河 X7"));
        FeedbackRow x7 = rows.get(1);
        assertThat(x7.reviews()).isEqualTo(4);
        assertThat(x7.negative()).isEqualTo(3);
        assertThat(x7.negativeShare()).isEqualTo(0.75);
        // heat 3, then battery and system once each: ties in lexicon order (battery before system)
        assertThat(x7.topAspects()).containsExactly("heat", "battery", "system");
        assertThat(rows.get(0).topAspects()).containsExactly("price");
    }

    @Test
    void byAspectAReviewCountsUnderEachAspectItNamesAndUnderNoneWhenItNamesNone() {
        List<FeedbackRow> rows = FeedbackRows.of(reviews, List.of(FeedbackDim.ASPECT), lexicon);
        assertThat(rows).extracting(r -> r.keys().get(0) + "=" + r.reviews() + "/" + r.negative())
                .containsExactly("battery=1/1", "camera=1/0", "heat=3/3", "none=1/0", "price=1/1", "system=1/1");
    }

    @Test
    void weeksAreIsoWeekKeys() {
        List<FeedbackRow> rows = FeedbackRows.of(reviews, List.of(FeedbackDim.MODEL, FeedbackDim.WEEK), lexicon);
        assertThat(rows).extracting(r -> String.join(" ", r.keys()) + "=" + r.negative())
                .containsExactly("星河 X6 2025-W45=1", "星河 X7 2025-W45=2", "星河 X7 2025-W46=1");
    }

    @Test
    void theGlobalProductAndChannelFiltersApplyToReviews() {
        Slice all = Slice.of(java.time.LocalDate.of(2025, 1, 1), java.time.LocalDate.of(2025, 12, 31));
        assertThat(reviews).filteredOn(r -> FeedbackFilter.keeps(all.with(Dimension.MODEL, "星河 X6"), r.fact())).hasSize(2);
        assertThat(reviews).filteredOn(r -> FeedbackFilter.keeps(all.with(Dimension.SKU, "11"), r.fact())).hasSize(4);
        assertThat(reviews).filteredOn(r -> FeedbackFilter.keeps(all.with(Dimension.CHANNEL, "8"), r.fact())).isEmpty();
        assertThat(reviews).filteredOn(r -> FeedbackFilter.keeps(all.without(Dimension.SERIES, java.util.Set.of("星河")), r.fact())).isEmpty();
        // reviews have no place: a province filter leaves them all
        assertThat(reviews).filteredOn(r -> FeedbackFilter.keeps(all.with(Dimension.PROVINCE, "440000"), r.fact())).hasSize(6);
    }
}
