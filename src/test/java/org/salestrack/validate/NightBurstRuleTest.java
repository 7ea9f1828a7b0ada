package org.salestrack.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.salestrack.model.ChannelType;
import org.salestrack.model.RuleHit;
import org.salestrack.model.SaleFact;
import org.salestrack.model.Severity;

class NightBurstRuleTest {
    private final NightBurstRule rule = new NightBurstRule();

    @Test
    void anOnlineOrderInsideTheWindowIsAWarning() {
        SaleFact at2 = Sales.online().order("N1").at("2025-03-01T02:00:00").build();
        SaleFact before5 = Sales.online().order("N2").at("2025-03-01T04:59:59").build();

        List<RuleHit> hits = RuleRunner.run(rule, List.of(at2, before5));

        assertThat(hits).extracting(RuleHit::why).containsExactly(
                "Online order N1 was placed at 02:00 on 2025-03-01, between 02:00 and 05:00.",
                "Online order N2 was placed at 04:59:59 on 2025-03-01, between 02:00 and 05:00.");
        assertThat(hits).allSatisfy(h -> {
            assertThat(h.severity()).isEqualTo(Severity.WARNING);
            assertThat(h.hold()).isFalse();
        });
    }

    @Test
    void ordersJustOutsideTheWindowOrOfflineAreNotFlagged() {
        List<SaleFact> sales = List.of(
                Sales.online().at("2025-03-01T01:59:59").build(),
                Sales.online().at("2025-03-01T05:00:00").build(),
                Sales.sale().channel("Direct", ChannelType.OFFLINE).at("2025-03-01T03:00:00").build());

        assertThat(RuleRunner.run(rule, sales)).isEmpty();
    }

    @Test
    void threeOrdersByOneCustomerInOneNightAreEscalatedAndHeld() {
        List<SaleFact> sales = List.of(
                Sales.online().order("B1").customer("C9").at("2025-11-11T02:10:00").build(),
                Sales.online().order("B2").customer("C9").at("2025-11-11T02:20:00").build(),
                Sales.online().order("B2").customer("C9").at("2025-11-11T02:20:00").line(2).build(),
                Sales.online().order("B3").customer("C9").at("2025-11-11T03:30:00").build());

        List<RuleHit> hits = RuleRunner.run(rule, sales);

        assertThat(hits).hasSize(3).allSatisfy(h -> {
            assertThat(h.severity()).isEqualTo(Severity.ERROR);
            assertThat(h.hold()).isTrue();
        });
        assertThat(hits.get(1).rowId()).isEqualTo(sales.get(1).rowId());
        assertThat(hits.get(1).relatedRowIds()).containsExactly(sales.get(2).rowId());
        assertThat(hits.get(0).why()).isEqualTo("Online order B1 was placed at 02:10 on 2025-11-11, between 02:00 and 05:00; "
                + "customer C9 placed 3 orders in that window that night (3 or more is a burst).");
    }

    @Test
    void twoOrdersByOneCustomerOrOnDifferentNightsStayWarnings() {
        List<SaleFact> sales = List.of(
                Sales.online().order("B1").customer("C9").at("2025-11-11T02:10:00").build(),
                Sales.online().order("B2").customer("C9").at("2025-11-11T02:20:00").build(),
                Sales.online().order("B3").customer("C9").at("2025-11-12T02:20:00").build());

        assertThat(RuleRunner.run(rule, sales)).extracting(RuleHit::severity).containsOnly(Severity.WARNING).hasSize(3);
    }

    @Test
    void threeOrdersToOneAddressByDifferentCustomersAreEscalated() {
        List<SaleFact> sales = List.of(
                Sales.online().order("A1").customer("C1").shipTo("44", 23.12911, 113.26436).at("2025-11-11T02:10:00").build(),
                Sales.online().order("A2").customer("C2").shipTo("44", 23.12912, 113.26437).at("2025-11-11T02:11:00").build(),
                Sales.online().order("A3").customer("C3").shipTo("44", 23.12909, 113.26439).at("2025-11-11T02:12:00").build());

        List<RuleHit> hits = RuleRunner.run(rule, sales);

        assertThat(hits).extracting(RuleHit::severity).containsOnly(Severity.ERROR).hasSize(3);
        assertThat(hits.get(2).why()).isEqualTo("Online order A3 was placed at 02:12 on 2025-11-11, between 02:00 and 05:00; "
                + "3 orders were shipped to the same address from that window that night (3 or more is a burst).");
    }
}
