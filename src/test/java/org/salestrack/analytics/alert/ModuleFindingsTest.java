package org.salestrack.analytics.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.salestrack.model.alert.AlertRule;
import org.salestrack.model.alert.BatchErrors;
import org.salestrack.model.alert.StuffedMonth;
import org.salestrack.model.dealer.Grade;

class ModuleFindingsTest {
    @Test
    void aBatchWithErrorFindingsRaisesOneAlertCountingThem() {
        var out = ModuleFindings.dataQuality(AlertRule.DATA_QUALITY.defaults(), List.of(
                new BatchErrors(4, "tmall-2025-11.csv", "2025-12-01", 3, 1517), new BatchErrors(5, "jd.csv", "2025-12-01", 0, 900)));

        assertThat(out).singleElement().satisfies(f -> {
            assertThat(f.subject()).isEqualTo("batch:4");
            assertThat(f.value()).isEqualTo(3.0);
            assertThat(f.reference()).isEqualTo(1517.0);
            assertThat(f.severity()).isEqualTo("error");
            assertThat(f.why().english()).isEqualTo("tmall-2025-11.csv (batch 4): 3 error findings among 1,517 stored lines");
            assertThat(f.link().screen()).isEqualTo("quality");
            assertThat(f.link().filters()).isEqualTo(Map.of("batch", "4"));
        });
    }

    @Test
    void stuffingComparesSellInWithSellOutPlusTheStockChange() {
        // 300 in; 100 sold, stock 50 -> 90: 140 explained, 300 / 140 - 1 = +114.3%
        var out = ModuleFindings.stuffing(AlertRule.CHANNEL_STUFFING.defaults(), List.of(new StuffedMonth("D-SZ-07", "2025-09", 300, 100, 50, 90)));

        assertThat(out).singleElement().satisfies(f -> {
            assertThat(f.subject()).isEqualTo("dealer:D-SZ-07");
            assertThat(f.period()).isEqualTo("2025-09");
            assertThat(f.value()).isEqualTo(300.0);
            assertThat(f.reference()).isEqualTo(140.0);
            assertThat(f.change()).isCloseTo(300.0 / 140 - 1, org.assertj.core.data.Offset.offset(1e-12));
            assertThat(f.why().english()).isEqualTo("Dealer D-SZ-07 took in 300 units in 2025-09 but sold 100 and its stock went from 50 to 90");
        });
    }

    @Test
    void aDowngradeIsAWarningAndAnUpgradeInformation() {
        var history = Map.of("D1", Map.of("2025-Q2", Grade.A, "2025-Q3", Grade.B), "D2", Map.of("2025-Q2", Grade.C, "2025-Q3", Grade.B),
                "D3", Map.of("2025-Q2", Grade.B, "2025-Q3", Grade.B));

        var out = ModuleFindings.grades(AlertRule.DEALER_GRADE.defaults(), "2025-Q2", "2025-Q3", history);

        assertThat(out).extracting(f -> f.subject() + " " + f.severity() + " " + f.change())
                .containsExactly("dealer:D1 warning 1.0", "dealer:D2 info -1.0");
        assertThat(out.get(0).why().english()).isEqualTo("Dealer D1 went from grade A in 2025-Q2 to B in 2025-Q3");
    }
}
