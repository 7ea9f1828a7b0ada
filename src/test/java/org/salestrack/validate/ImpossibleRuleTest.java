package org.salestrack.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.salestrack.model.RuleHit;
import org.salestrack.model.SaleFact;
import org.salestrack.model.SaleStatus;
import org.salestrack.model.Severity;

class ImpossibleRuleTest {
    private final ImpossibleRule rule = new ImpossibleRule();

    @Test
    void aSaleAfterTodayIsImpossibleButTodayIsNot() {
        SaleFact tomorrow = Sales.sale().at("2026-01-16T00:00:00").build();
        SaleFact today = Sales.sale().at("2026-01-15T23:59:59").build();

        assertThat(RuleRunner.run(rule, List.of(tomorrow, today))).singleElement().satisfies(h -> {
            assertThat(h.rowId()).isEqualTo(tomorrow.rowId());
            assertThat(h.why()).isEqualTo("Impossible line: it is dated 2026-01-16, after today (2026-01-15).");
            assertThat(h.severity()).isEqualTo(Severity.ERROR);
            assertThat(h.hold()).isTrue();
        });
    }

    @Test
    void aSaleTheDayBeforeLaunchIsImpossibleUnlessWithinTheGrace() {
        SaleFact early = Sales.sale().sku("P70").launched("2025-03-02").at("2025-03-01T10:00:00").build();
        SaleFact onLaunch = Sales.sale().sku("P70").launched("2025-03-02").at("2025-03-02T00:00:00").build();

        assertThat(RuleRunner.run(rule, List.of(early, onLaunch))).extracting(RuleHit::why).containsExactly(
                "Impossible line: it is dated 2025-03-01, before SKU P70 launched on 2025-03-02.");
        assertThat(RuleRunner.run(rule, List.of(early), Map.of("launchGraceDays", 1))).isEmpty();
    }

    @Test
    void aNonPositiveQuantityNeedsARefundOrCancellation() {
        SaleFact zeroPaid = Sales.sale().qty(0).build();
        SaleFact refund = Sales.sale().qty(-1).status(SaleStatus.REFUNDED).build();
        SaleFact cancelled = Sales.sale().qty(0).status(SaleStatus.CANCELLED).build();

        assertThat(RuleRunner.run(rule, List.of(zeroPaid, refund, cancelled))).extracting(RuleHit::why).containsExactly(
                "Impossible line: its quantity is 0 but its status is paid, not refunded or cancelled.");
    }

    @Test
    void everyReasonIsNamedInOneHit() {
        SaleFact f = Sales.sale().sku("P70").launched("2026-02-01").at("2026-01-20T10:00:00").qty(-2).build();

        assertThat(RuleRunner.run(rule, List.of(f))).extracting(RuleHit::why).containsExactly(
                "Impossible line: it is dated 2026-01-20, after today (2026-01-15); it is dated 2026-01-20, before SKU "
                        + "P70 launched on 2026-02-01; its quantity is -2 but its status is paid, not refunded or cancelled.");
    }
}
