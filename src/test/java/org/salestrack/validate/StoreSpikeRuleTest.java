package org.salestrack.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.salestrack.model.Campaign;
import org.salestrack.model.RuleHit;
import org.salestrack.model.SaleFact;
import org.salestrack.model.Severity;

class StoreSpikeRuleTest {
    private static final LocalDate START = LocalDate.of(2025, 1, 1);
    private final StoreSpikeRule rule = new StoreSpikeRule();

    /** {@code days} days of {@code perDay} units at store S1 from 1 January, then one day of {@code spike} units. */
    private static List<SaleFact> history(int days, long perDay, long... spikeLines) {
        List<SaleFact> sales = new ArrayList<>();
        for (int d = 0; d < days; d++) sales.add(Sales.sale().on(START.plusDays(d)).qty(perDay).build());
        for (long q : spikeLines) sales.add(Sales.sale().on(START.plusDays(days)).qty(q).build());
        return sales;
    }

    @Test
    void aDayAboveThreeTimesTheTrailingMeanIsOneHitFreezingAllItsLines() {
        List<SaleFact> sales = history(28, 10, 20, 11);

        List<RuleHit> hits = RuleRunner.run(rule, sales);

        assertThat(hits).singleElement().satisfies(h -> {
            assertThat(h.rowId()).isEqualTo(sales.get(28).rowId());
            assertThat(h.relatedRowIds()).containsExactly(sales.get(29).rowId());
            assertThat(h.severity()).isEqualTo(Severity.ERROR);
            assertThat(h.hold()).isTrue();
            assertThat(h.why()).isEqualTo("Store S1 sold 31 units on 2025-01-29, 310% of its trailing mean of 10.0 "
                    + "units a day over the previous 28 days (limit 300%, at least 30 units). No campaign covers this "
                    + "store, channel and day; the day's 2 lines are frozen until reviewed.");
        });
    }

    @Test
    void exactlyThreeTimesTheMeanIsNotASpike() {
        assertThat(RuleRunner.run(rule, history(28, 10, 30))).isEmpty();
    }

    @Test
    void theWindowIsTheTrailingTwentyEightDaysOnly() {
        // 10 days of 100 units, then 28 days of 10: the old busy days fall outside the window
        List<SaleFact> sales = new ArrayList<>();
        for (int d = 0; d < 10; d++) sales.add(Sales.sale().on(START.plusDays(d)).qty(100).build());
        for (int d = 10; d < 38; d++) sales.add(Sales.sale().on(START.plusDays(d)).qty(10).build());
        sales.add(Sales.sale().on(START.plusDays(38)).qty(31).build());

        assertThat(RuleRunner.run(rule, sales)).extracting(RuleHit::rowId).containsExactly(sales.get(38).rowId());
    }

    @Test
    void daysWithoutSalesCountAsZeroInTheMean() {
        // 14 days of history, sales only on the first: mean 140/14 = 10
        List<SaleFact> sales = new ArrayList<>(List.of(Sales.sale().on(START).qty(140).build()));
        sales.add(Sales.sale().on(START.plusDays(14)).qty(31).build());

        List<RuleHit> hits = RuleRunner.run(rule, sales);

        assertThat(hits).singleElement().extracting(RuleHit::why).asString()
                .startsWith("Store S1 sold 31 units on 2025-01-15, 310% of its trailing mean of 10.0 units a day over the previous 14 days");
    }

    @Test
    void smallStoresBelowTheMinimumVolumeDoNotTrip() {
        assertThat(RuleRunner.run(rule, history(28, 1, 29))).isEmpty();
        assertThat(RuleRunner.run(rule, history(28, 1, 30))).hasSize(1);
    }

    @Test
    void aStoreWithLessThanTheMinimumHistoryIsNotJudged() {
        assertThat(RuleRunner.run(rule, history(13, 1, 100))).isEmpty();
        assertThat(RuleRunner.run(rule, history(14, 1, 100))).hasSize(1);
    }

    @Test
    void parametersMoveTheBoundary() {
        assertThat(RuleRunner.run(rule, history(28, 10, 25), Map.of("maxRatio", 2.4, "minUnits", 5))).hasSize(1);
        assertThat(RuleRunner.run(rule, history(28, 10, 25), Map.of("maxRatio", 2.5, "minUnits", 5))).isEmpty();
    }

    @Test
    void aCampaignCoveringTheStoreChannelAndDayMakesItInformationOnly() {
        List<SaleFact> sales = history(28, 10, 40);
        LocalDate day = START.plusDays(28);
        Campaign covering = new Campaign("C618", "Mid-year", "618", day, day, Set.of("Direct"), Set.of("44"), Set.of());
        Campaign elsewhere = new Campaign("CJD", "JD only", "618", day, day, Set.of("JD"), Set.of(), Set.of());

        List<RuleHit> covered = RuleRunner.run(rule, input(sales, covering), Map.of());
        List<RuleHit> notCovered = RuleRunner.run(rule, input(sales, elsewhere), Map.of());

        assertThat(covered).singleElement().satisfies(h -> {
            assertThat(h.severity()).isEqualTo(Severity.INFO);
            assertThat(h.hold()).isFalse();
            assertThat(h.why()).endsWith("Campaign C618 (618) covers this store, channel and day, so this is information only.");
        });
        assertThat(notCovered).singleElement().extracting(RuleHit::severity).isEqualTo(Severity.ERROR);
    }

    private static ValidationInput input(List<SaleFact> sales, Campaign campaign) {
        return new ValidationInput(sales, List.of(), List.of(), List.of(campaign), List.of(), RuleRunner.TODAY);
    }
}
