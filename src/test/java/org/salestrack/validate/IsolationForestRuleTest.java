package org.salestrack.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.salestrack.model.RuleHit;
import org.salestrack.model.SaleFact;
import org.salestrack.model.Severity;

class IsolationForestRuleTest {
    private static final LocalDate START = LocalDate.of(2025, 1, 1);
    private final IsolationForestRule rule = new IsolationForestRule();

    /** Five stores of different sizes over 120 days, with three planted store-days; returns their first lines. */
    private static List<SaleFact> storeDays(List<SaleFact> planted) {
        SplittableRandom r = new SplittableRandom(5);
        List<SaleFact> sales = new ArrayList<>();
        for (int s = 1; s <= 5; s++) {
            String store = "S" + s;
            for (int d = 0; d < 120; d++) {
                LocalDate day = START.plusDays(d);
                boolean plant = (s == 2 && d == 50) || (s == 4 && d == 90) || (s == 5 && d == 70);
                long units = s * 5L + r.nextInt(-2, 3);
                long price = (200_000 + r.nextInt(-4_000, 4_001)) * 100L;
                double discount = 0.05 + r.nextDouble() * 0.02;
                Sales line = Sales.sale().store(store).on(day).qty(units).unitPrice(price).discount(discount);
                if (plant && s == 2) line.qty(units * 8);
                if (plant && s == 4) line.unitPrice(price / 4);
                if (plant && s == 5) line.discount(0.6).unitPrice(price * 2 / 5);
                SaleFact f = line.build();
                sales.add(f);
                if (plant) planted.add(f);
            }
        }
        return sales;
    }

    @Test
    void thePlantedStoreDaysAreTheTopScoresAtTheirContamination() {
        List<SaleFact> planted = new ArrayList<>();
        List<SaleFact> sales = storeDays(planted);

        List<RuleHit> hits = RuleRunner.run(rule, sales, Map.of("contamination", 3.0 / 600));

        assertThat(hits).extracting(RuleHit::rowId).containsExactlyInAnyOrderElementsOf(
                planted.stream().map(SaleFact::rowId).toList());
        assertThat(hits).extracting(RuleHit::severity).containsOnly(Severity.WARNING);
        assertThat(hits).extracting(RuleHit::hold).containsOnly(false);
        SaleFact big = planted.get(0);
        assertThat(hits).filteredOn(h -> h.rowId() == big.rowId()).singleElement().extracting(RuleHit::why).asString()
                .startsWith("Store S2 on 2025-02-20 is unlike its other days (isolation score ")
                .contains("in the top 0.5% of 600 store-days): " + big.qty() + " units, revenue ");
    }

    @Test
    void theSameSeedGivesTheSameHits() {
        List<SaleFact> sales = storeDays(new ArrayList<>());
        Map<String, Object> params = Map.of("contamination", 0.02, "seed", 11);

        assertThat(RuleRunner.run(rule, sales, params)).isEqualTo(RuleRunner.run(rule, sales, params)).hasSize(12);
    }

    @Test
    void storesWithTooFewDaysAreNotJudged() {
        List<SaleFact> sales = storeDays(new ArrayList<>());

        assertThat(RuleRunner.run(rule, sales, Map.of("contamination", 0.5, "minDays", 121))).isEmpty();
    }
}
