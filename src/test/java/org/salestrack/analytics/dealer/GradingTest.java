package org.salestrack.analytics.dealer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.salestrack.analytics.dealer.Cards.card;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.salestrack.model.Message;
import org.salestrack.model.dealer.Coverage;
import org.salestrack.model.dealer.Grade;
import org.salestrack.model.dealer.GradeRules;
import org.salestrack.model.dealer.GradeVerdict;
import org.salestrack.model.dealer.Scorecard;

/** Every threshold of the brief's default rules, just below, at and just above it (a quarter: 4 x its sales are the annual sales). */
class GradingTest {
    private static final GradeRules R = GradeRules.DEFAULTS;
    /** 12,500,000.00 yuan in a quarter = 50,000,000.00 a year, the A threshold. */
    private static final long AT_SALES = 125_000_000_000L;

    private static Grade grade(long sales, long yearBefore, double nps, double resolved, int covered, int territory) {
        return Grading.grade(card(sales, yearBefore, nps, resolved, covered, territory, null, false), R).grade();
    }

    @Test
    void salesMustBeAboveTheThresholdNotAtIt() {
        long before = 100_000_000_000L; // growth 25% either way
        assertThat(grade(AT_SALES - 1, before, 90, 0.95, 9, 10)).isEqualTo(Grade.B);
        assertThat(grade(AT_SALES, before, 90, 0.95, 9, 10)).isEqualTo(Grade.B);
        assertThat(grade(AT_SALES + 1, before, 90, 0.95, 9, 10)).isEqualTo(Grade.A);
    }

    @Test
    void growthOfExactlyFifteenPercentIsEnough() {
        long sales = 138_000_000_000L; // 13.8M a quarter
        long at = 120_000_000_000L;    // 13.8 / 12 = 1.15 exactly; in doubles 1.15 - 1 is 0.1499999...
        assertThat(grade(sales, at, 90, 0.95, 9, 10)).isEqualTo(Grade.A);
        assertThat(grade(sales, at + 1, 90, 0.95, 9, 10)).isEqualTo(Grade.B);
        assertThat(grade(sales, at - 1, 90, 0.95, 9, 10)).isEqualTo(Grade.A);
    }

    @Test
    void npsBoundary() {
        long s = 200_000_000_000L;
        long b = 100_000_000_000L;
        assertThat(grade(s, b, 84.9, 0.95, 9, 10)).isEqualTo(Grade.B);
        assertThat(grade(s, b, 85, 0.95, 9, 10)).isEqualTo(Grade.A);
        assertThat(grade(s, b, 85.1, 0.95, 9, 10)).isEqualTo(Grade.A);
    }

    @Test
    void resolvedWithin48hBoundary() {
        long s = 200_000_000_000L;
        long b = 100_000_000_000L;
        assertThat(grade(s, b, 90, 0.899, 9, 10)).isEqualTo(Grade.B);
        assertThat(grade(s, b, 90, 0.90, 9, 10)).isEqualTo(Grade.A);
        assertThat(grade(s, b, 90, 0.901, 9, 10)).isEqualTo(Grade.A);
    }

    @Test
    void coverageBoundaryDecidesBetweenBAndC() {
        long s = 1_000_000_000L; // far below A
        assertThat(grade(s, s, 50, 0.5, 7, 10)).isEqualTo(Grade.C);
        assertThat(grade(s, s, 50, 0.5, 8, 10)).isEqualTo(Grade.B);
        assertThat(grade(s, s, 50, 0.5, 9, 10)).isEqualTo(Grade.B);
        // 79 of 100 is just below, 80 of 100 at
        assertThat(grade(s, s, 50, 0.5, 79, 100)).isEqualTo(Grade.C);
        assertThat(grade(s, s, 50, 0.5, 80, 100)).isEqualTo(Grade.B);
    }

    @Test
    void aNeedsNoCoverage() {
        assertThat(grade(200_000_000_000L, 100_000_000_000L, 90, 0.95, 0, 10)).isEqualTo(Grade.A);
    }

    @Test
    void missingFiguresFailTheirTest() {
        assertThat(Grading.grade(card(200_000_000_000L, 0, 90.0, 0.95, 9, 10, null, false), R).grade()).isEqualTo(Grade.B);
        assertThat(Grading.grade(card(200_000_000_000L, 100_000_000_000L, null, 0.95, 9, 10, null, false), R).grade()).isEqualTo(Grade.B);
        assertThat(Grading.grade(card(200_000_000_000L, 100_000_000_000L, 90.0, null, 0, 0, null, false), R).grade()).isEqualTo(Grade.C);
    }

    @Test
    void theExplanationStatesEachTestInNumbers() {
        // the brief's example: ¥62.3M a year, growth 18.2%, NPS 87, 48 h 92%
        long quarter = 155_750_000_000L; // 15,575,000.00 x 4 = 62,300,000.00
        long before = 131_768_189_500L;  // 15,575,000.00 / 13,176,818.95 = 1.182
        GradeVerdict v = Grading.grade(card(quarter, before, 87.0, 0.92, 3, 10, null, false), R);
        assertThat(v.grade()).isEqualTo(Grade.A);
        assertThat(v.why().english()).isEqualTo("A: annualised sales ¥62,300,000.00 > ¥50,000,000.00, growth on a year before 18.2% \u2265 15%, "
                + "NPS 87 \u2265 85, 48 h 92% \u2265 90%");
        assertThat(v.toNext()).isEmpty();
    }

    @Test
    void bSaysWhatALacks() {
        GradeVerdict v = Grading.grade(card(100_000_000_000L, 90_000_000_000L, 80.0, 0.95, 8, 10, null, false), R);
        assertThat(v.grade()).isEqualTo(Grade.B);
        assertThat(v.why().english()).isEqualTo("B: coverage 80% \u2265 80% (8 of 10 cities; its files name no county); not A: annualised sales ¥40,000,000.00 \u2264 ¥50,000,000.00, "
                + "growth on a year before 11.1% < 15%, NPS 80 < 85, 48 h 95% \u2265 90%");
        assertThat(v.toNext().stream().map(Message::english).toList()).isEqualTo(List.of(
                "annualised sales ¥10,000,000.00 more (above ¥50,000,000.00)", "growth 3.9 points more (to 15%)", "NPS 5 more (to 85)"));
    }

    /** With counties (the files name them): 30 of 重庆's 38 is 78.9%, one county short of 80%. */
    @Test
    void coverageInCountiesSaysHowManyCountiesBNeeds() {
        List<String> territory = org.salestrack.model.Counties.get().ofProvince("50").stream().map(org.salestrack.model.County::code).toList();
        Scorecard base = card(1_000_000_000L, 1_000_000_000L, 50.0, 0.5, 1, 4, null, false);
        Scorecard s = new Scorecard(base.dealer(), base.period(), base.sellInQty(), base.sellInE4(), base.sellOutQty(), base.sellOutE4(),
                base.stockQty(), base.weeksCover(), base.targetE4(), base.attainment(), base.previousSalesE4(), base.yearBeforeSalesE4(),
                base.growthPrevious(), base.growthYear(), new Coverage(territory.subList(0, 30), territory, true), base.nps(),
                base.resolved48h(), base.complaints(), base.trend(), base.tickets());
        GradeVerdict v = Grading.grade(s, R);
        assertThat(territory).hasSize(38);
        assertThat(v.grade()).isEqualTo(Grade.C);
        assertThat(v.why().english()).startsWith("C: coverage 78.9% < 80% (30 of 38 counties); not A: ");
        assertThat(v.toNext().stream().map(Message::english).toList()).containsExactly("1 more counties covered (to 80%)");
        Scorecard b = s.withSales(s.salesE4());
        GradeVerdict vb = Grading.grade(new Scorecard(b.dealer(), b.period(), b.sellInQty(), b.sellInE4(), b.sellOutQty(), b.sellOutE4(),
                b.stockQty(), b.weeksCover(), b.targetE4(), b.attainment(), b.previousSalesE4(), b.yearBeforeSalesE4(), b.growthPrevious(),
                b.growthYear(), new Coverage(territory.subList(0, 31), territory, true), b.nps(), b.resolved48h(), b.complaints(), b.trend(),
                b.tickets()), R);
        assertThat(vb.grade()).isEqualTo(Grade.B);
    }

    @Test
    void cSaysHowManyCitiesBNeeds() {
        GradeVerdict v = Grading.grade(card(1_000_000_000L, 1_000_000_000L, 50.0, 0.5, 1, 4, null, false), R);
        assertThat(v.grade()).isEqualTo(Grade.C);
        assertThat(v.why().english()).startsWith("C: coverage 25% < 80% (1 of 4 cities; its files name no county); not A: ");
        assertThat(v.toNext().stream().map(Message::english).toList()).containsExactly("3 more cities covered (to 80%)");
    }

    @Test
    void thresholdsAreParameters() {
        GradeRules low = new GradeRules(new java.math.BigDecimal("1000000"), 0.0, 40, 0.5, 0.2, R.rateA(), R.rateB(), R.rateC(),
                R.excessRate(), R.digitalRate());
        assertThat(Grading.grade(card(3_000_000_000L, 3_000_000_000L, 50.0, 0.6, 1, 10, null, false), low).grade()).isEqualTo(Grade.A);
        assertThat(Grading.grade(card(3_000_000_000L, 3_000_000_000L, 50.0, 0.6, 1, 10, null, false), R).grade()).isEqualTo(Grade.C);
    }
}
