package org.salestrack.analytics.dealer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.salestrack.analytics.dealer.Cards.card;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.salestrack.model.dealer.Grade;
import org.salestrack.model.dealer.GradeRules;
import org.salestrack.model.dealer.Rebate;

/** Rebates worked out by hand: base rate by grade on the sales, 8% on the excess over target only, 3% for digital-tools dealers. */
class RebatesTest {
    private static final GradeRules R = GradeRules.DEFAULTS;

    private static Rebate rebate(String sales, String target, Grade g, boolean digital) {
        return Rebates.of(new BigDecimal(sales), target == null ? null : new BigDecimal(target), g, digital, R);
    }

    @Test
    void gradeBWithExcessAndDigitalTools() {
        // 3% x 1,234,567.89 = 37,037.0367 -> 37,037.04; 8% x (1,234,567.89 - 1,100,000.00 = 134,567.89) = 10,765.4312 -> 10,765.43;
        // 3% x 1,234,567.89 -> 37,037.04; total 84,839.51
        Rebate r = rebate("1234567.89", "1100000.00", Grade.B, true);
        assertThat(r.base()).isEqualByComparingTo("37037.04");
        assertThat(r.over()).isEqualByComparingTo("134567.89");
        assertThat(r.excess()).isEqualByComparingTo("10765.43");
        assertThat(r.logistics()).isEqualByComparingTo("37037.04");
        assertThat(r.total()).isEqualByComparingTo("84839.51");
        assertThat(Rebates.formula(r)).isEqualTo("3% × ¥1,234,567.89 + 8% × max(0, ¥1,234,567.89 − ¥1,100,000.00) + 3% × ¥1,234,567.89 "
                + "= ¥37,037.04 + ¥10,765.43 + ¥37,037.04 = ¥84,839.51");
    }

    @Test
    void theExcessRateNeverAppliesToTheWholeSales() {
        // A: 5% x 15,575,000.00 = 778,750.00; excess 8% x 575,000.00 = 46,000.00 (not 8% of 15.575M = 1,246,000.00)
        Rebate r = rebate("15575000.00", "15000000.00", Grade.A, false);
        assertThat(r.base()).isEqualByComparingTo("778750.00");
        assertThat(r.excess()).isEqualByComparingTo("46000.00");
        assertThat(r.logistics()).isEqualByComparingTo("0.00");
        assertThat(r.total()).isEqualByComparingTo("824750.00");
    }

    @Test
    void belowTargetEarnsNoExcess() {
        // C: 1% x 351,446.00 = 3,514.46
        Rebate r = rebate("351446.00", "360000.00", Grade.C, false);
        assertThat(r.over()).isEqualByComparingTo("0");
        assertThat(r.total()).isEqualByComparingTo("3514.46");
    }

    @Test
    void halfACentRoundsUp() {
        // 1% x 0.50 = 0.005 -> 0.01; 8% x (0.50 - 0.25) = 0.02; 3% x 0.50 = 0.015 -> 0.02; total 0.05
        Rebate r = rebate("0.50", "0.25", Grade.C, true);
        assertThat(r.base()).isEqualByComparingTo("0.01");
        assertThat(r.excess()).isEqualByComparingTo("0.02");
        assertThat(r.logistics()).isEqualByComparingTo("0.02");
        assertThat(r.total()).isEqualByComparingTo("0.05");
    }

    @Test
    void withoutATargetThereIsNoExcess() {
        Rebate r = rebate("1000000.00", null, Grade.B, false);
        assertThat(r.total()).isEqualByComparingTo("30000.00");
        assertThat(Rebates.formula(r)).isEqualTo("3% × ¥1,000,000.00 + 8% × 0 = ¥30,000.00 + ¥0.00 = ¥30,000.00");
    }

    @Test
    void aScorecardsRebateFollowsItsGradeAndFlag() {
        // 13,800,000.00 sales on a 13,000,000.00 target, digital tools, graded A
        Rebate r = Rebates.of(card(138_000_000_000L, 100_000_000_000L, 90.0, 0.95, 0, 1, 130_000_000_000L, true), Grade.A, R);
        // 690,000.00 + 8% x 800,000.00 = 64,000.00 + 414,000.00
        assertThat(r.total()).isEqualByComparingTo("1168000.00");
    }

    @Test
    void baseRatesStayWithinTheBriefsOneToFivePercent() {
        assertThatThrownBy(() -> new GradeRules(R.aSalesYuan(), R.aGrowth(), R.aNps(), R.aResolved48h(), R.bCoverage(),
                new BigDecimal("0.06"), R.rateB(), R.rateC(), R.excessRate(), R.digitalRate())).hasMessageContaining("between 1% and 5%");
        assertThatThrownBy(() -> new GradeRules(R.aSalesYuan(), R.aGrowth(), R.aNps(), R.aResolved48h(), R.bCoverage(),
                R.rateA(), R.rateB(), new BigDecimal("0.005"), R.excessRate(), R.digitalRate())).hasMessageContaining("between 1% and 5%");
    }

    @Test
    void whatIfReachingTargetAndTenPercentMore() {
        var s = card(10_000_000_000L, 9_000_000_000L, 50.0, 0.5, 8, 10, 12_000_000_000L, false);
        // reach target: sales 1,200,000.00, grade B: 3% = 36,000.00, no excess
        var reach = DealerBoards.whatIf(DealerBoards.row(s, R), WhatIf.REACH_TARGET, R);
        assertThat(reach.card().salesE4()).isEqualTo(12_000_000_000L);
        assertThat(reach.rebate().total()).isEqualByComparingTo("36000.00");
        assertThat(reach.card().attainment()).isEqualTo(1.0);
        // +10%: 1,100,000.00 -> 33,000.00
        var plus = DealerBoards.whatIf(DealerBoards.row(s, R), WhatIf.PLUS_10, R);
        assertThat(plus.rebate().total()).isEqualByComparingTo("33000.00");
    }
}
