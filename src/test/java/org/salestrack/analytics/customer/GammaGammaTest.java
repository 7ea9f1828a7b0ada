package org.salestrack.analytics.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.salestrack.model.customer.RepeatSummary;

class GammaGammaTest {
    @Test
    void fitsThePublishedCdnowSpendParameters() throws Exception {
        List<RepeatSummary> cal = new ArrayList<>(
                RepeatSummaries.of(Cdnow.samplePurchases(), Cdnow.CALIBRATION_END, RepeatSummaries.Unit.WEEK).values());
        GammaGamma.Params g = GammaGamma.fit(cal).orElseThrow();
        assertThat(g.customers()).isEqualTo(946);
        assertThat(g.p()).isCloseTo(6.25, within(0.005));
        assertThat(g.q()).isCloseTo(3.74, within(0.005));
        assertThat(g.gamma()).isCloseTo(15.44, within(0.005));
        double[] published = {24.65, 18.91, 35.17, 35.17, 35.17, 71.46, 18.91, 35.17, 27.28, 35.17};
        for (int i = 0; i < published.length; i++) {
            assertThat(GammaGamma.expectedSpend(g, cal.get(i))).as("customer %d", i + 1).isCloseTo(published[i], within(0.01));
        }
    }

    @Test
    void withoutRepeatBuyersThereIsNothingToFit() {
        assertThat(GammaGamma.fit(List.of(RepeatSummary.of(0, 0, 10), RepeatSummary.of(0, 0, 20)))).isEmpty();
    }

    @Test
    void lifetimeValueSumsDiscountedExpectedPurchasesTimesSpend() throws Exception {
        var purchases = Cdnow.samplePurchases();
        Map<String, RepeatSummary> cal = RepeatSummaries.of(purchases, Cdnow.CALIBRATION_END, RepeatSummaries.Unit.WEEK);
        BgNbd.Params bg = BgNbd.fit(new ArrayList<>(cal.values()));
        GammaGamma.Params gg = GammaGamma.fit(new ArrayList<>(cal.values())).orElseThrow();
        RepeatSummary c = cal.get("0001");
        // undiscounted: expected purchases over the horizon times expected spend, exactly
        double spend = GammaGamma.expectedSpend(gg, c);
        double undiscounted = new CustomerValue(bg, 39, 0).value(c, spend);
        assertThat(undiscounted).isCloseTo(BgNbd.conditionalExpectedPurchases(bg, c, 39) * spend, within(1e-9));
        assertThat(new CustomerValue(bg, 39, 0).expectedPurchases(c)).isCloseTo(BgNbd.conditionalExpectedPurchases(bg, c, 39), within(1e-12));
        double discounted = new CustomerValue(bg, 39, 0.01).value(c, spend);
        assertThat(discounted).isLessThan(undiscounted).isGreaterThan(undiscounted / Math.pow(1.01, 39));
    }
}
