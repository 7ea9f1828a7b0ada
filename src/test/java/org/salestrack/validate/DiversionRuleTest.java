package org.salestrack.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.salestrack.model.Haversine;
import org.salestrack.model.RuleHit;
import org.salestrack.model.SaleFact;
import org.salestrack.model.Severity;

class DiversionRuleTest {
    private final DiversionRule rule = new DiversionRule();

    @Test
    void aUnitSoldInAnotherProvinceThanTheDealersIsHeld() {
        SaleFact f = Sales.sale().dealer("D1", "44").province("43").build();

        assertThat(RuleRunner.run(rule, List.of(f))).singleElement().satisfies(h -> {
            assertThat(h.why()).isEqualTo("Dealer D1 is registered in 44 广东 but this unit was sold in 43 湖南.");
            assertThat(h.severity()).isEqualTo(Severity.ERROR);
            assertThat(h.hold()).isTrue();
        });
    }

    @Test
    void aUnitShippedToAnotherProvinceIsHeld() {
        SaleFact f = Sales.sale().dealer("D1", "44").province("44").shipTo("45", null, null).build();

        assertThat(RuleRunner.run(rule, List.of(f))).extracting(RuleHit::why)
                .containsExactly("Dealer D1 is registered in 44 广东 but this unit was shipped to 45 广西.");
    }

    @Test
    void sameProvinceNoDealerRefundsAndUnknownRegistrationsAreNotDiversion() {
        List<SaleFact> sales = List.of(
                Sales.sale().dealer("D1", "44").province("44").shipTo("44", null, null).build(),
                Sales.sale().province("43").build(),
                Sales.sale().dealer("D1", "44").province("43").qty(-1).status(org.salestrack.model.SaleStatus.REFUNDED).build(),
                Sales.sale().dealer("D2", null).province("43").build());

        assertThat(RuleRunner.run(rule, sales)).isEmpty();
    }

    @Test
    void distanceIsMeasuredToTheStoreAndTheLimitIsExclusive() {
        // one degree of latitude on the 6,371.0088 km sphere is 111.1951 km
        SaleFact f = Sales.sale().dealer("D1", "44").province("44").dealerAt(23.0, 113.0).storeAt(24.0, 113.0).build();

        assertThat(RuleRunner.run(rule, List.of(f), Map.of("maxDistanceKm", 111.19))).extracting(RuleHit::why)
                .containsExactly("This unit was sold at a store 111 km from dealer D1's location; the limit is 111 km.");
        assertThat(RuleRunner.run(rule, List.of(f), Map.of("maxDistanceKm", 111.2))).isEmpty();
        assertThat(RuleRunner.run(rule, List.of(f), Map.of("maxDistanceKm", 0))).isEmpty();
    }

    @Test
    void aShipToPointWinsOverTheStore() {
        SaleFact f = Sales.sale().dealer("D1", "44").province("44").dealerAt(23.0, 113.0).storeAt(23.0, 113.0)
                .shipTo("44", 37.0, 113.0).build();

        assertThat(RuleRunner.run(rule, List.of(f))).extracting(RuleHit::why)
                .containsExactly("This unit was shipped to a point 1,557 km from dealer D1's location; the limit is 1,500 km.");
    }

    @Test
    void haversineMatchesAKnownDistance() {
        // Beijing to Shanghai city centres, about 1,067 km
        assertThat(Haversine.km(39.9042, 116.4074, 31.2304, 121.4737)).isBetween(1065.0, 1070.0);
    }
}
