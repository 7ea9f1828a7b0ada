package org.salestrack.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.salestrack.model.RuleHit;
import org.salestrack.model.SaleFact;
import org.salestrack.model.SaleStatus;
import org.salestrack.model.Severity;

class ImeiRulesTest {
    /** The textbook Luhn-valid IMEI. */
    private static final String VALID = "490154203237518";

    @Test
    void aValidImeiPassesTheLuhnCheck() {
        assertThat(Imei.isValid(VALID)).isTrue();
        assertThat(Imei.checkDigit(VALID)).isEqualTo(8);
        assertThat(Imei.isValid("490154203237519")).isFalse();
    }

    @Test
    void imeiInvalidExplainsLengthCharactersAndCheckDigit() {
        SaleFact short14 = Sales.sale().imei("49015420323751").build();
        SaleFact letter = Sales.sale().imei("4901542032375a8").build();
        SaleFact luhn = Sales.sale().imei("490154203237519").build();
        SaleFact good = Sales.sale().imei(VALID).build();
        SaleFact none = Sales.sale().imei(null).build();
        SaleFact blank = Sales.sale().imei(" ").build();

        List<RuleHit> hits = RuleRunner.run(new ImeiInvalidRule(), List.of(short14, letter, luhn, good, none, blank));

        assertThat(hits).extracting(RuleHit::rowId).containsExactly(short14.rowId(), letter.rowId(), luhn.rowId());
        assertThat(hits).extracting(RuleHit::why).containsExactly(
                "IMEI '49015420323751' has 14 characters; an IMEI has 15 digits.",
                "IMEI '4901542032375a8' contains characters other than digits.",
                "IMEI 490154203237519 fails the Luhn check: its last digit is 9 but the first 14 digits need 8.");
        assertThat(hits).allSatisfy(h -> {
            assertThat(h.severity()).isEqualTo(Severity.ERROR);
            assertThat(h.hold()).isTrue();
        });
    }

    @Test
    void imeiDuplicateHoldsEveryLaterSaleOfTheSameDevice() {
        SaleFact first = Sales.sale().row(3, "pos.csv", 40).imei(VALID).build();
        SaleFact second = Sales.sale().imei(VALID).build();
        SaleFact third = Sales.sale().imei(VALID).build();

        List<RuleHit> hits = RuleRunner.run(new ImeiDuplicateRule(), List.of(first, second, third));

        assertThat(hits).extracting(RuleHit::rowId).containsExactly(second.rowId(), third.rowId());
        assertThat(hits).extracting(RuleHit::why).containsExactly(
                "IMEI 490154203237518 is sold in 3 different orders; this order (" + second.orderId() + ") is sale 2 of 3. "
                        + "It was first sold on 2025-03-01 in order " + first.orderId() + " at batch 3, file pos.csv, row 40.",
                "IMEI 490154203237518 is sold in 3 different orders; this order (" + third.orderId() + ") is sale 3 of 3. "
                        + "It was first sold on 2025-03-01 in order " + first.orderId() + " at batch 3, file pos.csv, row 40.");
    }

    @Test
    void imeiDuplicateCountsOrdersNotLines() {
        SaleFact line1 = Sales.online().order("M1").imei(VALID).waybill("SF1").build();
        SaleFact line2 = Sales.online().order("M1").line(2).imei(VALID).waybill("SF2").build();
        SaleFact otherOrder = Sales.online().order("M2").imei(VALID).build();
        SaleFact otherOrderLine2 = Sales.online().order("M2").line(2).imei(VALID).build();

        assertThat(RuleRunner.run(new ImeiDuplicateRule(), List.of(line1, line2))).isEmpty();
        assertThat(RuleRunner.run(new ImeiDuplicateRule(), List.of(line1, line2, otherOrder, otherOrderLine2)))
                .extracting(RuleHit::rowId).containsExactly(otherOrder.rowId());
    }

    @Test
    void imeiDuplicateIgnoresRefundsRepeatedLinesAndMalformedImeis() {
        List<SaleFact> sales = List.of(
                Sales.sale().imei(VALID).order("A").build(),
                Sales.sale().imei(VALID).order("A").build(),
                Sales.sale().imei(VALID).qty(-1).status(SaleStatus.REFUNDED).build(),
                Sales.sale().imei("123").build(),
                Sales.sale().imei("123").build());

        assertThat(RuleRunner.run(new ImeiDuplicateRule(), sales)).isEmpty();
    }

    @Test
    void imeiWaybillFlagsTheLineBoundToASecondWaybill() {
        SaleFact first = Sales.sale().row(1, "jd.xlsx", 7).imei(VALID).waybill("SF100").build();
        SaleFact same = Sales.sale().imei(VALID).waybill("SF100").build();
        SaleFact other = Sales.sale().imei(VALID).waybill("YT200").build();

        List<RuleHit> hits = RuleRunner.run(new ImeiWaybillRule(), List.of(first, same, other));

        assertThat(hits).usingRecursiveFieldByFieldElementComparatorIgnoringFields("message").containsExactly(new RuleHit("imei-waybill", Severity.ERROR, "sale", other.rowId(), 1, "sales.csv",
                other.sourceRow(), "IMEI 490154203237518 is bound to waybill YT200 here but to waybill SF100 at batch 1, "
                        + "file jd.xlsx, row 7 (2 waybills in all).", true));
    }

    @Test
    void imeiWaybillIgnoresOneWaybillAndLinesWithoutOne() {
        List<SaleFact> sales = List.of(
                Sales.sale().imei(VALID).waybill("SF100").build(),
                Sales.sale().imei(VALID).waybill("SF100").build(),
                Sales.sale().imei(VALID).waybill(null).build());

        assertThat(RuleRunner.run(new ImeiWaybillRule(), sales)).isEmpty();
    }
}
