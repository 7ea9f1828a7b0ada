package org.salestrack.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.salestrack.model.RuleHit;
import org.salestrack.model.SaleFact;
import org.salestrack.model.Severity;

class StlAnomalyRuleTest {
    private static final LocalDate START = LocalDate.of(2025, 1, 6);
    private final StlAnomalyRule rule = new StlAnomalyRule();

    /** 84 days of a weekly pattern (weekends busier) with a little fixed noise, and {@code planted} units on day 40. */
    private static List<SaleFact> weekly(String store, String sku, long planted) {
        List<SaleFact> sales = new ArrayList<>();
        for (int d = 0; d < 84; d++) {
            long units = 20 + (d % 7 >= 5 ? 10 : 0) + (d * 7919 % 5) - 2;
            if (d == 40) units = planted;
            sales.add(Sales.sale().store(store).sku(sku).on(START.plusDays(d)).qty(units).build());
        }
        return sales;
    }

    @Test
    void aDayTheWeeklyPatternAndTrendDoNotExplainIsReported() {
        List<SaleFact> sales = weekly("S1", "P1", 90);

        List<RuleHit> hits = RuleRunner.run(rule, sales);

        assertThat(hits).singleElement().satisfies(h -> {
            assertThat(h.rowId()).isEqualTo(sales.get(40).rowId());
            assertThat(h.severity()).isEqualTo(Severity.WARNING);
            assertThat(h.hold()).isFalse();
            assertThat(h.why()).startsWith("Store S1 sold 90 units on 2025-02-15 where its trend and 7-day pattern give ")
                    .endsWith("robust z-scores from typical (limit 5.0).");
        });
    }

    @Test
    void anOrdinaryWeekendIsNotReported() {
        List<SaleFact> sales = weekly("S1", "P1", 22);

        assertThat(RuleRunner.run(rule, sales)).isEmpty();
    }

    @Test
    void seriesCanBeTakenPerSku() {
        List<SaleFact> sales = new ArrayList<>(weekly("S1", "P9", 90));
        sales.addAll(weekly("S2", "P8", 22));

        assertThat(RuleRunner.run(rule, sales, Map.of("by", "sku"))).singleElement().extracting(RuleHit::why).asString()
                .startsWith("SKU P9 sold 90 units on 2025-02-15");
    }

    @Test
    void aDayFewerUnitsOffThanTheMinimumIsNotReported() {
        // day 40 is a Saturday: about 30 units expected, so 52 is far in z-scores but only about 22 units off
        List<RuleHit> loose = RuleRunner.run(rule, weekly("S1", "P1", 52), Map.of("minUnits", 0));
        assertThat(loose).singleElement().extracting(RuleHit::why).asString().contains(" give 30.");
        assertThat(RuleRunner.run(rule, weekly("S1", "P1", 52), Map.of("minUnits", 23))).isEmpty();
        assertThat(RuleRunner.run(rule, weekly("S1", "P1", 52), Map.of("minUnits", 21))).hasSize(1);
    }

    @Test
    void shortSeriesAreNotDecomposed() {
        assertThat(RuleRunner.run(rule, weekly("S1", "P1", 90), Map.of("minDays", 85))).isEmpty();
    }

    @Test
    void anUnknownGroupingIsRefused() {
        assertThatThrownBy(() -> RuleRunner.run(rule, weekly("S1", "P1", 90), Map.of("by", "city")))
                .hasMessage("parameter 'by' must be store or sku, not 'city'");
    }
}
