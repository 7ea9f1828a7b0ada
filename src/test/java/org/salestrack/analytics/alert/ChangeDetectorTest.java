package org.salestrack.analytics.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.salestrack.model.Dimension;
import org.salestrack.model.alert.AlertFinding;
import org.salestrack.model.alert.AlertLink;
import org.salestrack.model.alert.AlertRule;
import org.salestrack.model.alert.AlertRuleSetting;

class ChangeDetectorTest {
    private static final AlertRuleSetting PREVIOUS = AlertRule.CHANGE_PREVIOUS.defaults();

    private static List<AlertFinding> detect(AlertRuleSetting s, ChangeDetector.Figure... figures) {
        return ChangeDetector.detect(s, Dimension.PROVINCE, "2025-11", "2025-10", "2025-11-01", "2025-11-30", List.of(figures));
    }

    @Test
    void aProvinceUpTwentyPercentFiresWithItsFiguresAndItsView() {
        List<AlertFinding> out = detect(PREVIOUS, new ChangeDetector.Figure("44", "广东", 120, 100));

        assertThat(out).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(AlertRule.CHANGE_PREVIOUS);
            assertThat(f.severity()).isEqualTo("warning");
            assertThat(f.subject()).isEqualTo("province:44");
            assertThat(f.label()).isEqualTo("province 广东");
            assertThat(f.period()).isEqualTo("2025-11");
            assertThat(f.value()).isEqualTo(120.0);
            assertThat(f.reference()).isEqualTo(100.0);
            assertThat(f.change()).isCloseTo(0.20, org.assertj.core.data.Offset.offset(1e-12));
            assertThat(f.why().english()).isEqualTo("Province 广东: 120 units in 2025-11 against 100 in 2025-10 (+20.0%)");
            assertThat(f.link()).isEqualTo(new AlertLink("explore", "2025-11-01", "2025-11-30", Map.of("province", "44")));
        });
    }

    @Test
    void fourteenPercentDoesNotFireAndFifteenExactlyDoesNot() {
        assertThat(detect(PREVIOUS, new ChangeDetector.Figure("33", "浙江", 114, 100), new ChangeDetector.Figure("32", "江苏", 115, 100),
                new ChangeDetector.Figure("31", "上海", 85, 100))).isEmpty();
    }

    @Test
    void aDropBeyondFifteenPercentFiresNegative() {
        assertThat(detect(PREVIOUS, new ChangeDetector.Figure("31", "上海", 84, 100))).singleElement()
                .satisfies(f -> assertThat(f.change()).isCloseTo(-0.16, org.assertj.core.data.Offset.offset(1e-12)));
    }

    @Test
    void belowTheMinimumVolumeNothingFires() {
        // +60%, but neither month reaches 100 units
        assertThat(detect(PREVIOUS, new ChangeDetector.Figure("46", "海南", 80, 50))).isEmpty();
        AlertRuleSetting lower = new AlertRuleSetting(AlertRule.CHANGE_PREVIOUS, true, 0.15, 50, "warning", null);
        assertThat(detect(lower, new ChangeDetector.Figure("46", "海南", 80, 50))).hasSize(1);
    }

    @Test
    void aMemberThatStoppedSellingDropsAHundredPercentAndOneWithoutReferenceIsNotJudged() {
        assertThat(detect(PREVIOUS, new ChangeDetector.Figure("11", "北京", 0, 300), new ChangeDetector.Figure("12", "天津", 500, 0)))
                .singleElement().satisfies(f -> {
                    assertThat(f.subject()).isEqualTo("province:11");
                    assertThat(f.change()).isEqualTo(-1.0);
                });
    }

    @Test
    void theLinesWithoutAStoreAreNoSubject() {
        assertThat(ChangeDetector.detect(PREVIOUS, Dimension.STORE, "2025-12", "2025-11", "2025-12-01", "2025-12-31",
                List.of(new ChangeDetector.Figure("", "", 5_233, 6_775), new ChangeDetector.Figure("17", "S017", 79, 100))))
                .extracting(AlertFinding::subject).containsExactly("store:17");
    }

    @Test
    void theThresholdAndTheSwitchComeFromTheSetting() {
        AlertRuleSetting wide = new AlertRuleSetting(AlertRule.CHANGE_PREVIOUS, true, 0.25, 100, "error", "王芳");
        assertThat(detect(wide, new ChangeDetector.Figure("44", "广东", 120, 100))).isEmpty();
        assertThat(detect(wide, new ChangeDetector.Figure("44", "广东", 130, 100))).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo("error"));
        AlertRuleSetting off = new AlertRuleSetting(AlertRule.CHANGE_PREVIOUS, false, 0.15, 100, "warning", null);
        assertThat(detect(off, new ChangeDetector.Figure("44", "广东", 200, 100))).isEmpty();
    }
}
