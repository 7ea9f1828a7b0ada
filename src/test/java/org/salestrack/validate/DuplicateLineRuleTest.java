package org.salestrack.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.salestrack.model.RuleHit;
import org.salestrack.model.SaleFact;
import org.salestrack.model.Severity;

class DuplicateLineRuleTest {
    private final DuplicateLineRule rule = new DuplicateLineRule();

    @Test
    void theSameOrderLineInAnotherFileIsHeldAndTheFirstCounts() {
        SaleFact first = Sales.sale().row(1, "a.csv", 5).order("X1").build();
        SaleFact again = Sales.sale().row(2, "b.csv", 9).order("X1").build();

        List<RuleHit> hits = RuleRunner.run(rule, List.of(first, again));

        assertThat(hits).usingRecursiveFieldByFieldElementComparatorIgnoringFields("message").containsExactly(new RuleHit("duplicate-line", Severity.ERROR, "sale", again.rowId(), 2, "b.csv", 9,
                "Order X1 (channel Direct, SKU P1, qty 1, amount 1,000.00) was already stored at batch 1, file a.csv, "
                        + "row 5; counted once there.", true));
    }

    @Test
    void aThirdCopyPointsAtTheFirstNotTheSecond() {
        SaleFact first = Sales.sale().row(1, "a.csv", 5).order("X1").build();
        List<RuleHit> hits = RuleRunner.run(rule, List.of(first, Sales.sale().order("X1").build(),
                Sales.sale().order("X1").build()));

        assertThat(hits).hasSize(2).allSatisfy(h -> assertThat(h.why()).contains("batch 1, file a.csv, row 5"));
    }

    @Test
    void anotherLineNumberSkuOrChannelOfTheSameOrderIsNotADuplicate() {
        List<SaleFact> sales = List.of(
                Sales.sale().order("X1").build(),
                Sales.sale().order("X1").line(2).build(),
                Sales.sale().order("X1").sku("P2").build(),
                Sales.sale().order("X1").channel("JD", org.salestrack.model.ChannelType.ONLINE).build());

        assertThat(RuleRunner.run(rule, sales)).isEmpty();
    }

    @Test
    void theHashedIndexAgreesWithAPlainMapOnManyKeys() {
        java.util.SplittableRandom r = new java.util.SplittableRandom(3);
        List<SaleFact> sales = new java.util.ArrayList<>();
        for (int i = 0; i < 20_000; i++) sales.add(Sales.sale().order("K" + r.nextInt(15_000)).line(1 + r.nextInt(2)).build());
        ValidationInput input = ValidationInput.ofSales(sales, RuleRunner.TODAY);

        java.util.Map<String, Integer> first = new java.util.HashMap<>();
        for (int i = 0; i < sales.size(); i++) {
            Integer seen = first.putIfAbsent(sales.get(i).lineKey(), i);
            assertThat(input.originalOf(i)).isEqualTo(seen == null ? -1 : seen);
        }
    }

    @Test
    void linesWithoutAnOrderIdAreNeverDuplicates() {
        assertThat(RuleRunner.run(rule, List.of(Sales.sale().order(null).build(), Sales.sale().order(null).build())))
                .isEmpty();
    }
}
