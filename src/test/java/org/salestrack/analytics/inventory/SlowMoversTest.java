package org.salestrack.analytics.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.salestrack.model.inventory.InventoryParameters;
import org.salestrack.model.inventory.LifeCycleStage;
import org.salestrack.model.inventory.SlowMover;
import org.salestrack.model.inventory.SlowMoverAction;

class SlowMoversTest {
    private final SlowMovers engine = new SlowMovers(InventoryParameters.DEFAULTS);

    /** 13 weeks at a, 13 at b, then the tail; the forecast expected b all along the tail. */
    private static double[][] series(double a, double b, double... tail) {
        int n = 26 + tail.length;
        double[] actual = new double[n];
        double[] expected = new double[n];
        for (int t = 0; t < n; t++) {
            actual[t] = t < 13 ? a : t < 26 ? b : tail[t - 26];
            expected[t] = t == 0 ? Double.NaN : t <= 13 ? a : b;
        }
        return new double[][] {actual, expected};
    }

    private Optional<SlowMover> judge(double[][] s, long age, double cover) {
        List<String> weeks = new ArrayList<>();
        for (int t = 0; t < s[0].length; t++) weeks.add("w" + t);
        return engine.judge("XH-1", "华南", weeks, s[0], s[1], age, cover);
    }

    @Test
    void aModelFallingBeforeItsSlowWeeksIsInDeclineAndWithSurplusGoesToClearance() {
        SlowMover m = judge(series(20, 14, 5, 5, 4), 80, 12).orElseThrow();
        assertThat(m.stage()).isEqualTo(LifeCycleStage.DECLINE);
        assertThat(m.slowWeeks()).isEqualTo(3);
        assertThat(m.ratio()).isCloseTo(14.0 / 42, within(1e-12));
        assertThat(m.action()).isEqualTo(SlowMoverAction.CLEARANCE);
        assertThat(m.reason().english()).contains("decline").contains("3").contains("33%").contains("12.0");
    }

    @Test
    void aDeclineWithoutSurplusIsDiscounted() {
        assertThat(judge(series(20, 14, 5, 5, 4), 80, 3).orElseThrow().action()).isEqualTo(SlowMoverAction.DISCOUNT);
    }

    @Test
    void aDipOfAGrowingModelIsToldApartFromADecline() {
        SlowMover m = judge(series(10, 14, 5, 6, 5), 40, 3).orElseThrow();
        assertThat(m.stage()).isEqualTo(LifeCycleStage.GROWTH);
        assertThat(m.action()).isEqualTo(SlowMoverAction.WATCH);
        assertThat(judge(series(10, 14, 5, 6, 5), 40, 10).orElseThrow().action()).isEqualTo(SlowMoverAction.TRANSFER);
    }

    @Test
    void aDipThatRecoversIsNotFlagged() {
        assertThat(judge(series(10, 14, 5, 6, 5, 14), 40, 3)).isEmpty();
    }

    @Test
    void twoSlowWeeksAreNotEnoughAndTheThresholdIsAParameter() {
        assertThat(judge(series(10, 10, 5, 5), 80, 3)).isEmpty();
        assertThat(new SlowMovers(new InventoryParameters(0.95, 0.8, 2, 2, 8, 0.01, 52))
                .judge("s", "r", List.of(), series(10, 10, 5, 5)[0], series(10, 10, 5, 5)[1], 80, 3)).isPresent();
        // 8.5 of 10 is slow at a 90% threshold, not at 80%
        assertThat(judge(series(10, 10, 8.5, 8.5, 8.5), 80, 3)).isEmpty();
        assertThat(new SlowMovers(new InventoryParameters(0.95, 0.9, 3, 2, 8, 0.01, 52))
                .judge("s", "r", List.of(), series(10, 10, 8.5, 8.5, 8.5)[0], series(10, 10, 8.5, 8.5, 8.5)[1], 80, 3)).isPresent();
    }

    @Test
    void aMatureModelIsBundledWhenMildlyShortAndDiscountedWhenDeeplyShort() {
        SlowMover mild = judge(series(10, 10, 7, 7, 7), 80, 3).orElseThrow();
        assertThat(mild.stage()).isEqualTo(LifeCycleStage.MATURITY);
        assertThat(mild.action()).isEqualTo(SlowMoverAction.BUNDLE);
        assertThat(judge(series(10, 10, 3, 3, 3), 80, 3).orElseThrow().action()).isEqualTo(SlowMoverAction.DISCOUNT);
    }

    @Test
    void aModelInItsFirstWeeksIsAtLaunch() {
        assertThat(judge(series(10, 10, 3, 3, 3), 8, 3).orElseThrow().stage()).isEqualTo(LifeCycleStage.LAUNCH);
    }

    @Test
    void aRegionHoldingNoStockHasNoSlowMover() {
        assertThat(judge(series(20, 14, 5, 5, 4), 80, 0)).isEmpty();
        assertThat(judge(series(20, 14, 5, 5, 4), 80, Double.NaN)).isEmpty();
    }

    @Test
    void withTooLittleHistoryForATrendTheStageIsMaturity() {
        double[] y = {5, 0, 0, 0, 0, 0};
        assertThat(LifeCycle.stage(y, 1, 80)).isEqualTo(LifeCycleStage.MATURITY);
    }

    @Test
    void aQuarterOfUnderSellingIsADeclineWhateverCameBefore() {
        double[] tail = new double[13];
        java.util.Arrays.fill(tail, 2);
        SlowMover m = judge(series(10, 14, tail), 80, 12).orElseThrow();
        assertThat(m.slowWeeks()).isEqualTo(13);
        assertThat(m.stage()).isEqualTo(LifeCycleStage.DECLINE);
        assertThat(m.action()).isEqualTo(SlowMoverAction.CLEARANCE);
    }
}
