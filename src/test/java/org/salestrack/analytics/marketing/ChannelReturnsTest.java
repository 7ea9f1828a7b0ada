package org.salestrack.analytics.marketing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.salestrack.model.Campaign;
import org.salestrack.model.ChannelType;
import org.salestrack.model.Money;
import org.salestrack.model.marketing.CampaignCustomers;
import org.salestrack.model.marketing.CampaignImpact;
import org.salestrack.model.marketing.ChannelReturn;
import org.salestrack.model.marketing.ChannelRoi;
import org.salestrack.model.marketing.ChannelSpend;
import org.salestrack.model.marketing.DaySales;
import org.salestrack.model.marketing.FirstPurchase;

/**
 * Planted by hand: campaign A on Tmall and JD from 30 Jan to 2 Feb 2024 earned ¥1,000 incremental revenue and
 * ¥200 margin; its window sold ¥300 on Tmall in January, ¥100 on Tmall and ¥600 on JD in February (Douyin,
 * outside its scope, and Tmall before it don't count). Campaign B ran one day on Douyin in Guangdong only.
 */
class ChannelReturnsTest {
    private static final LocalDate D = LocalDate.of(2024, 1, 30);
    private static final Campaign A = new Campaign("A", "Spring", "t", D, D.plusDays(3), Set.of("天猫", "京东"), Set.of(), Set.of());
    private static final Campaign B = new Campaign("B", "Live", "t", LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 1),
            Set.of("抖音"), Set.of("440000"), Set.of());

    private static CampaignImpact impact(Campaign c, double revenue, double margin, String spend) {
        CampaignImpact.Measure none = new CampaignImpact.Measure(0, 0, 0, 0, 0);
        return new CampaignImpact(c.code(), c.name(), c.tag(), c.starts(), c.ends(), new BigDecimal(spend), none,
                new CampaignImpact.Measure(0, revenue, revenue, revenue, revenue), new CampaignImpact.Measure(0, margin, margin, margin, margin),
                null, null, 0, 0, 0, "test", 0.9, null);
    }

    private static DaySales sale(String day, String channel, String province, long yuan) {
        return new DaySales(LocalDate.parse(day), channel, ChannelType.ONLINE, province, 1, Money.e4OfWholeYuan(yuan), 0);
    }

    private static FirstPurchase first(long id, String day, String channel, String province, String code, int orders) {
        return new FirstPurchase(id, LocalDate.parse(day), channel, ChannelType.ONLINE, province, code, orders);
    }

    private static ChannelSpend spend(String channel, String month, long yuan) {
        return new ChannelSpend(channel, YearMonth.parse(month), Money.e4OfWholeYuan(yuan));
    }

    private final ChannelRoi roi = ChannelReturns.compute(List.of(A, B),
            List.of(impact(A, 1000, 200, "500"), impact(B, 50, 10, "0")),
            List.of(sale("2024-01-10", "天猫", "110000", 999), sale("2024-01-30", "天猫", "110000", 300),
                    sale("2024-02-01", "天猫", "310000", 100), sale("2024-02-02", "京东", "440000", 600),
                    sale("2024-02-01", "抖音", "440000", 500), sale("2024-02-01", "抖音", "310000", 70)),
            List.of(spend("天猫", "2024-01", 150), spend("天猫", "2024-02", 50), spend("京东", "2024-02", 300), spend("抖音", "2024-03", 40)),
            List.of(first(1, "2024-01-31", "天猫", "110000", null, 3), first(2, "2024-02-01", "京东", "440000", null, 1),
                    first(3, "2024-02-01", "抖音", "440000", "A", 2), first(4, "2024-01-10", "天猫", "110000", null, 5),
                    first(5, "2024-03-05", "抖音", "310000", null, 1)));

    private Map<String, ChannelReturn> months() {
        return roi.months().stream().collect(Collectors.toMap(r -> r.channel() + " " + r.month(), Function.identity()));
    }

    @Test
    void aCampaignsIncrementGoesWhereItsWindowsSalesFell() {
        assertThat(roi.months()).extracting(r -> r.channel() + " " + r.month())
                .containsExactly("京东 2024-02", "天猫 2024-01", "天猫 2024-02", "抖音 2024-02", "抖音 2024-03");
        Map<String, ChannelReturn> m = months();
        assertThat(m.get("天猫 2024-01").incrementalRevenue()).isCloseTo(300, within(1e-9));
        assertThat(m.get("天猫 2024-01").incrementalMargin()).isCloseTo(60, within(1e-9));
        assertThat(m.get("天猫 2024-02").incrementalRevenue()).isCloseTo(100, within(1e-9));
        assertThat(m.get("京东 2024-02").incrementalRevenue()).isCloseTo(600, within(1e-9));
        assertThat(m.get("京东 2024-02").incrementalMargin()).isCloseTo(120, within(1e-9));
        // B's whole increment, only its Guangdong sales were in scope
        assertThat(m.get("抖音 2024-02").incrementalRevenue()).isCloseTo(50, within(1e-9));
        assertThat(m.get("抖音 2024-03").incrementalRevenue()).isZero();
    }

    @Test
    void roiIsIncrementalMarginOverTheChannelsSpendAndNullWithoutSpend() {
        Map<String, ChannelReturn> m = months();
        assertThat(m.get("天猫 2024-01").spend()).isEqualByComparingTo("150");
        assertThat(m.get("天猫 2024-01").roi()).isCloseTo(0.4, within(1e-12));
        assertThat(m.get("天猫 2024-01").incrementalRevenuePerSpend()).isCloseTo(2.0, within(1e-12));
        assertThat(m.get("京东 2024-02").roi()).isCloseTo(0.4, within(1e-12));
        assertThat(m.get("天猫 2024-02").roi()).isCloseTo(0.4, within(1e-12));
        assertThat(m.get("抖音 2024-02").roi()).isNull();
        assertThat(m.get("抖音 2024-03").roi()).isZero();
    }

    @Test
    void cacIsSpendOverTheCustomersWhoseFirstPurchaseWasThere() {
        Map<String, ChannelReturn> m = months();
        assertThat(m.get("天猫 2024-01").newCustomers()).isEqualTo(2);
        assertThat(m.get("天猫 2024-01").cac()).isCloseTo(75, within(1e-12));
        assertThat(m.get("天猫 2024-02").newCustomers()).isZero();
        assertThat(m.get("天猫 2024-02").cac()).isNull();
        assertThat(m.get("京东 2024-02").cac()).isCloseTo(300, within(1e-12));
        assertThat(m.get("抖音 2024-02").newCustomers()).isEqualTo(1);
        assertThat(m.get("抖音 2024-02").cac()).as("no spend, no CAC").isNull();
        assertThat(m.get("抖音 2024-03").cac()).isCloseTo(40, within(1e-12));
    }

    @Test
    void aCampaignBringsTheCustomersWhoseFirstPurchaseIsInItsWindowAndScopeOrCarriesItsCode() {
        Map<String, CampaignCustomers> c = roi.campaigns().stream().collect(Collectors.toMap(CampaignCustomers::code, Function.identity()));
        // customers 1 (Tmall in the window), 2 (JD in the window) and 3 (Douyin, out of scope but tagged A); not 4 (before it)
        assertThat(c.get("A").newCustomers()).isEqualTo(3);
        assertThat(c.get("A").repeaters()).isEqualTo(2);
        assertThat(c.get("A").repeatRate()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(c.get("A").cac()).isCloseTo(500.0 / 3, within(1e-12));
        // customer 3 bought on Douyin in Guangdong on B's day: B counts it too
        assertThat(c.get("B").newCustomers()).isEqualTo(1);
        assertThat(c.get("B").repeatRate()).isEqualTo(1.0);
        assertThat(c.get("B").cac()).as("B spent nothing").isNull();
    }
}
