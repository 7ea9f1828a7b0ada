package org.salestrack.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.salestrack.model.RuleHit;
import org.salestrack.model.SaleFact;
import org.salestrack.model.Severity;

class PriceOutlierRuleTest {
    private final PriceOutlierRule rule = new PriceOutlierRule();

    @Test
    void pricesOnTheBandEdgesPassAndOneCentBeyondIsFlagged() {
        SaleFact low = Sales.sale().listPrice(10_000_000).unitPrice(5_000_000).build();
        SaleFact tooLow = Sales.sale().listPrice(10_000_000).unitPrice(4_999_900).build();
        SaleFact high = Sales.sale().listPrice(10_000_000).unitPrice(12_000_000).build();
        SaleFact tooHigh = Sales.sale().listPrice(10_000_000).unitPrice(12_000_100).build();

        List<RuleHit> hits = RuleRunner.run(rule, List.of(low, tooLow, high, tooHigh));

        assertThat(hits).extracting(RuleHit::rowId).containsExactly(tooLow.rowId(), tooHigh.rowId());
        assertThat(hits).extracting(RuleHit::severity).containsOnly(Severity.WARNING);
        assertThat(hits).extracting(RuleHit::hold).containsOnly(false);
    }

    @Test
    void theExplanationGivesPriceListPriceAndBand() {
        SaleFact f = Sales.sale().sku("MATE-70").listPrice(59_990_000).unitPrice(5_999_000).build();

        assertThat(RuleRunner.run(rule, List.of(f))).extracting(RuleHit::why).containsExactly(
                "Unit price 599.90 is 10% of SKU MATE-70's list price 5,999.00; the allowed band is 50% to 120%.");
    }

    @Test
    void noListPriceOrARefundIsNotJudged() {
        List<SaleFact> sales = List.of(
                Sales.sale().unitPrice(1).build(),
                Sales.sale().listPrice(0).unitPrice(1).build(),
                Sales.sale().listPrice(10_000_000).unitPrice(1).qty(-1).status(org.salestrack.model.SaleStatus.REFUNDED).build());

        assertThat(RuleRunner.run(rule, sales)).isEmpty();
    }
}
