package org.salestrack.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.salestrack.model.RuleHit;
import org.salestrack.model.SaleFact;
import org.salestrack.model.SellInFact;
import org.salestrack.model.Severity;
import org.salestrack.model.StockSnapshot;

class ChannelStuffingRuleTest {
    private static final ChannelStuffingRule RULE = new ChannelStuffingRule();

    private static SellInFact sellIn(long row, String day, long qty) {
        return new SellInFact(row, 7, "dealer-D1.xlsx", (int) row + 1, LocalDate.parse(day), "D1", "P1", qty);
    }

    private static StockSnapshot stock(String day, String location, long onHand, long inTransit) {
        return new StockSnapshot(LocalDate.parse(day), location, location.startsWith("D") ? location : null, "P1",
                onHand, inTransit);
    }

    /**
     * 100 units sold in March 2025 by D1's store; D1's warehouse stock on hand grows from 50 (its latest
     * February snapshot) to 100 (its latest March one). Store shelves and goods in transit are not counted.
     */
    private static List<RuleHit> march(long... sellInLines) {
        List<SaleFact> sales = new ArrayList<>();
        for (int d = 1; d <= 10; d++) sales.add(Sales.sale().dealer("D1", "44").on(LocalDate.of(2025, 3, d)).qty(10).build());
        sales.add(Sales.sale().dealer("D2", "44").on(LocalDate.of(2025, 3, 5)).qty(500).build());
        List<SellInFact> in = new ArrayList<>();
        for (int i = 0; i < sellInLines.length; i++) in.add(sellIn(100 + i, "2025-03-0" + (i + 1), sellInLines[i]));
        List<StockSnapshot> stocks = List.of(
                stock("2025-02-21", "D1", 80, 0),
                stock("2025-02-28", "D1", 50, 10),
                stock("2025-03-15", "D1", 999, 0),
                stock("2025-03-15", "S1", 700, 0),
                stock("2025-03-31", "D1", 100, 20),
                stock("2025-04-07", "D1", 900, 0));
        ValidationInput input = new ValidationInput(sales, in, stocks, List.of(), List.of(), RuleRunner.TODAY);
        return RuleRunner.run(RULE, input, Map.of());
    }

    @Test
    void sellInBeyondSellOutPlusStockChangeByMoreThanHalfIsFlaggedOnTheLargestLine() {
        List<RuleHit> hits = march(100, 200);

        assertThat(hits).usingRecursiveFieldByFieldElementComparatorIgnoringFields("message").containsExactly(new RuleHit("channel-stuffing", Severity.ERROR, "sell_in", 101L, 7, "dealer-D1.xlsx",
                102, "Dealer D1 took in 300 units in 2025-03 but sold 100 and its stock went from 50 to 100: 150 units "
                        + "(100% of the 150 accounted for) are unexplained (limit 50%).", false));
    }

    @Test
    void exactlyHalfUnexplainedIsNotStuffing() {
        assertThat(march(225)).isEmpty();
        assertThat(march(226)).hasSize(1);
    }

    @Test
    void aMonthWithoutASnapshotHoldsNoStock() {
        // February ends at 50 units, March has no snapshot: stock fell by 50, so 60 in against 100 out is explained
        SellInFact in = sellIn(1, "2025-03-01", 60);
        List<SaleFact> sales = List.of(Sales.sale().dealer("D1", "44").on(LocalDate.of(2025, 3, 3)).qty(10).build());
        ValidationInput input = new ValidationInput(sales, List.of(in), List.of(stock("2025-02-28", "D1", 50, 0)),
                List.of(), List.of(), RuleRunner.TODAY);

        assertThat(RuleRunner.run(RULE, input, Map.of())).extracting(RuleHit::why).containsExactly(
                "Dealer D1 took in 60 units in 2025-03 but sold 10 and its stock went from 50 to 0: none of it is "
                        + "accounted for (limit 50%).");
    }

    @Test
    void aDealerThatNeverReportedStockIsNotJudged() {
        ValidationInput input = new ValidationInput(List.of(), List.of(sellIn(1, "2025-07-01", 500)), List.of(), List.of(),
                List.of(), RuleRunner.TODAY);

        assertThat(RuleRunner.run(RULE, input, Map.of())).isEmpty();
    }

    @Test
    void sellInWithNothingAccountedForNeedsTheMinimumVolume() {
        SellInFact small = sellIn(1, "2025-06-01", 19);
        SellInFact enough = sellIn(2, "2025-07-01", 20);
        ValidationInput input = new ValidationInput(List.of(), List.of(small, enough), List.of(stock("2024-01-31", "D1", 0, 0)),
                List.of(), List.of(), RuleRunner.TODAY);

        assertThat(RuleRunner.run(RULE, input, Map.of())).extracting(RuleHit::why).containsExactly(
                "Dealer D1 took in 20 units in 2025-07 but sold 0 and its stock went from 0 to 0: none of it is "
                        + "accounted for (limit 50%).");
    }
}
