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
        // the filters outside the geography leave a review without a place to its other filters
        assertThat(reviews).filteredOn(r -> FeedbackFilter.keepsOutsidePlace(all.with(Dimension.PROVINCE, "44"), r.fact())).hasSize(6);
    }

    private static ReadReview placed(String id, String province, String region, String launch, String day, boolean negative,
                                     List<String> complaints) {
        ReviewFact f = new ReviewFact(id, LocalDateTime.parse(day + "T10:00:00"), 7L, "天猫", "online", 11L, "XH-X7-256", "星河 X7", "星河", "手机",
                negative ? 1 : 5, "", province, region, province == null ? null : "深圳市", launch == null ? null : java.time.LocalDate.parse(launch));
        return new ReadReview(f, new Reading(negative ? 0.1 : 0.9, negative ? Reading.Label.NEGATIVE : Reading.Label.POSITIVE, complaints,
                complaints));
    }

    /**
     * Issue 22 item 4, by province: a review takes its order's province. The old filter let every review through a province
     * filter (an online review had no place); now a province or region filter keeps the reviews whose order was shipped
     * there and leaves out those without a province, while excluding a province keeps them.
     */
    @Test
    void aReviewFollowsTheGeographyFiltersByTheProvinceOfItsOrder() {
        List<ReadReview> placed = List.of(placed("g1", "44", "华南", null, "2025-11-03", true, List.of("heat")),
                placed("g2", "44", "华南", null, "2025-11-04", false, List.of()),
                placed("b1", "11", "华北", null, "2025-11-05", true, List.of("price")),
                placed("n1", null, null, null, "2025-11-06", true, List.of("heat")));
        Slice all = Slice.of(java.time.LocalDate.of(2025, 1, 1), java.time.LocalDate.of(2025, 12, 31));
        assertThat(placed).filteredOn(r -> FeedbackFilter.keeps(all.with(Dimension.PROVINCE, "44"), r.fact()))
                .extracting(r -> r.fact().reviewId()).containsExactly("g1", "g2");
        assertThat(placed).filteredOn(r -> FeedbackFilter.keeps(all.with(Dimension.REGION, "华北"), r.fact()))
                .extracting(r -> r.fact().reviewId()).containsExactly("b1");
        assertThat(placed).filteredOn(r -> FeedbackFilter.keeps(all.without(Dimension.PROVINCE, java.util.Set.of("44")), r.fact()))
                .extracting(r -> r.fact().reviewId()).containsExactly("b1", "n1");
        assertThat(FeedbackFilter.filtersPlace(all)).isFalse();
        assertThat(FeedbackFilter.filtersPlace(all.with(Dimension.CITY, "深圳市"))).isTrue();
        // grouped by province: codes in order, the reviews without a province under the empty key; by volume they come last
        List<FeedbackRow> rows = FeedbackRows.of(placed, List.of(FeedbackDim.PROVINCE), lexicon);
        assertThat(rows).extracting(r -> r.keys().get(0) + "=" + r.reviews() + "/" + r.negative() + r.topAspects())
                .containsExactly("=1/1[heat]", "11=1/1[price]", "44=2/1[heat]");
        assertThat(FeedbackRows.byVolume(rows)).extracting(r -> r.keys().get(0)).containsExactly("44", "11", "");
    }

    /**
     * Issue 22 item 4, the product life cycle: months since the launch month (a launch on the 24th makes the 30th month 0 and
     * the 1st of the next month 1), in numeric order (2 before 10), reviews of a model whose launch is unknown under "".
     */
    @Test
    void monthsSinceLaunchCountCalendarMonthsFromTheLaunchMonthInNumericOrder() {
        List<ReadReview> life = List.of(placed("m0", null, null, "2025-09-24", "2025-09-30", true, List.of("heat")),
                placed("m1", null, null, "2025-09-24", "2025-10-01", false, List.of()),
                placed("m1b", null, null, "2025-09-24", "2025-10-31", true, List.of("heat")),
                placed("m2", null, null, "2025-09-24", "2025-11-15", false, List.of()),
                placed("m10", null, null, "2025-01-05", "2025-11-15", true, List.of("battery")),
                placed("u", null, null, null, "2025-11-15", true, List.of()));
        assertThat(FeedbackRows.of(life, List.of(FeedbackDim.MONTHS_SINCE_LAUNCH), lexicon))
                .extracting(r -> r.keys().get(0) + "=" + r.reviews() + "/" + r.negative())
                .containsExactly("=1/1", "0=1/1", "1=2/1", "2=1/0", "10=1/1");
        assertThat(FeedbackDim.of("months_since_launch")).isEqualTo(FeedbackDim.MONTHS_SINCE_LAUNCH);
    }
}
