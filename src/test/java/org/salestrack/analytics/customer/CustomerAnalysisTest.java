package org.salestrack.analytics.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.salestrack.model.customer.CustomerDay;
import org.salestrack.model.customer.CustomerProfile;
import org.salestrack.model.customer.CustomerRules;
import org.salestrack.model.customer.RfmSegment;

class CustomerAnalysisTest {
    private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);
    private static final CustomerRules RULES = CustomerRules.DEFAULTS;

    private static CustomerDay day(String c, String date, String category, String channel, long yuan) {
        return new CustomerDay(c, LocalDate.parse(date), category, channel, "44", 1, yuan * 10_000);
    }

    /** A: two phones within a year; B: one ¥6,000 phone long ago; C: tablet and watch on one day; D/E: phones 364 and 365 days apart (2024 is a leap year). */
    private static List<CustomerDay> planted() {
        return List.of(
                day("A", "2025-01-10", "手机", "Tmall", 3000), day("A", "2025-11-20", "手机", "JD", 3500),
                day("B", "2024-03-01", "手机", "POS", 6000),
                day("C", "2025-06-01", "平板", "Tmall", 2000), day("C", "2025-06-01", "手表", "Tmall", 1000),
                day("D", "2024-01-05", "手机", "JD", 1000), day("D", "2025-01-03", "手机", "JD", 1000),
                day("E", "2024-01-05", "手机", "JD", 1000), day("E", "2025-01-04", "手机", "JD", 1000));
    }

    @Test
    void profilesCountADayAsOnePurchaseAndLinkChannels() {
        Map<String, CustomerProfile> p = CustomerHistories.profiles(planted(), AS_OF, RULES).stream()
                .collect(Collectors.toMap(CustomerProfile::customer, x -> x));
        assertThat(p.get("C").purchases()).isEqualTo(1);
        assertThat(p.get("C").spendE4()).isEqualTo(30_000_000);
        assertThat(p.get("C").categories()).containsExactly("平板", "手表");
        assertThat(p.get("C").favouriteCategory()).isEqualTo("平板");
        assertThat(p.get("A").channels()).containsExactly("JD", "Tmall");
        assertThat(p.get("A").repeatsInDays().repeats()).isEqualTo(1);
        assertThat(p.get("A").repeatsInDays().recency()).isEqualTo(314);
        assertThat(p.get("A").repeatsInDays().age()).isEqualTo(355);
        assertThat(p.get("A").repeatsInDays().meanRepeatSpend()).isEqualTo(3500.0);
        assertThat(p.get("D").phonePurchasesInWindow()).isEqualTo(2);
        assertThat(p.get("E").phonePurchasesInWindow()).isEqualTo(1);
    }

    @Test
    void highValueChurnAndEcosystemFollowTheRules() {
        List<CustomerProfile> profiles = CustomerHistories.profiles(planted(), AS_OF, RULES);
        CustomerBase base = CustomerAnalysis.analyse(profiles, AS_OF, RULES, null);
        Map<String, Boolean> high = new java.util.TreeMap<>();
        Map<String, Boolean> churned = new java.util.TreeMap<>();
        for (int i = 0; i < profiles.size(); i++) {
            high.put(profiles.get(i).customer(), base.highValue()[i]);
            churned.put(profiles.get(i).customer(), base.churned()[i]);
        }
        assertThat(high).containsEntry("A", true).containsEntry("B", true).containsEntry("C", false).containsEntry("D", true)
                .containsEntry("E", false);
        // six months before 2025-12-31 is 2025-06-30: C's last purchase (06-01) is before it, A's (11-20) is not
        assertThat(churned).containsEntry("A", false).containsEntry("B", true).containsEntry("C", true).containsEntry("D", true)
                .containsEntry("E", true);
        assertThat(base.churnedCount()).isEqualTo(4);
        assertThat(CustomerAnalysis.winBack(base)).extracting(CustomerProfile::customer).containsExactly("B", "C", "D", "E");
        assertThat(base.ecosystem().ecosystemCustomers()).isEqualTo(1);
        assertThat(base.ecosystem().ecosystemSpendE4()).isEqualTo(30_000_000);
        assertThat(base.ecosystem().singleCustomers()).isEqualTo(4);
        assertThat(base.ecosystem().singleSpendE4()).isEqualTo((3000 + 3500 + 6000 + 2000 + 2000) * 10_000L);
        assertThat(base.totalSpendE4()).isEqualTo(planted().stream().mapToLong(CustomerDay::amountE4).sum());
        CustomerBase.ChurnRow jd = base.churnByChannel().stream().filter(r -> r.key().equals("JD")).findFirst().orElseThrow();
        // A's main channel is a tie JD/Tmall (one day each): the smaller name wins, so JD holds A, D, E
        assertThat(jd.customers()).isEqualTo(3);
        assertThat(jd.churned()).isEqualTo(2);
        assertThat(base.churnByRegion()).singleElement().satisfies(r -> assertThat(r.key()).isEqualTo("华南"));
    }

    @Test
    void tiedFrequenciesShareAScoreAndTheEmptyScoresAreSaid() {
        List<CustomerDay> days = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            int purchases = i < 70 ? 1 : i < 80 ? 2 : i < 90 ? 3 : 4;
            for (int k = 0; k < purchases; k++) days.add(day(String.format("c%03d", i), "2025-0" + (k + 1) + "-15", "手机", "JD", 100));
        }
        List<CustomerProfile> profiles = CustomerHistories.profiles(days, AS_OF, RULES);
        Rfm.Result rfm = Rfm.score(profiles, AS_OF, Rfm.quintiles(profiles, AS_OF));
        assertThat(rfm.cuts().frequency()).containsExactly(1, 1, 1, 2);
        for (int i = 0; i < 100; i++) {
            int expected = i < 70 ? 1 : i < 80 ? 4 : 5;
            assertThat(rfm.f()[i]).as("customer %d", i).isEqualTo((byte) expected);
        }
        assertThat(rfm.emptyScores()).contains("F2", "F3");
        long inGrid = 0;
        for (long[] row : rfm.gridCustomers()) for (long v : row) inGrid += v;
        assertThat(inGrid).isEqualTo(100);
    }

    @Test
    void userCutPointsAreUsedAsGiven() {
        List<CustomerProfile> profiles = CustomerHistories.profiles(planted(), AS_OF, RULES);
        Rfm.Cuts cuts = new Rfm.Cuts(new double[] {30, 90, 180, 365}, new double[] {1, 2, 3, 4}, new double[] {10_000_000, 20_000_000, 40_000_000, 80_000_000});
        Rfm.Result rfm = Rfm.score(profiles, AS_OF, cuts);
        int a = indexOf(profiles, "A");
        // A: 41 days since its last purchase, below 90, 180 and 365 -> R 4; 2 purchases -> F 2; ¥6,500 -> M 4
        assertThat(rfm.r()[a]).isEqualTo((byte) 4);
        assertThat(rfm.f()[a]).isEqualTo((byte) 2);
        assertThat(rfm.m()[a]).isEqualTo((byte) 4);
        assertThat(rfm.segment(a)).isEqualTo(RfmSegment.POTENTIAL_LOYALISTS);
    }

    @Test
    void everyGridCellHasOneSegment() {
        assertThat(RfmSegment.of(5, 5)).isEqualTo(RfmSegment.CHAMPIONS);
        assertThat(RfmSegment.of(1, 1)).isEqualTo(RfmSegment.LOST);
        assertThat(RfmSegment.of(2, 1)).isEqualTo(RfmSegment.HIBERNATING);
        assertThat(RfmSegment.of(1, 5)).isEqualTo(RfmSegment.CANNOT_LOSE);
        java.util.Set<RfmSegment> used = java.util.EnumSet.noneOf(RfmSegment.class);
        for (int r = 1; r <= 5; r++) for (int f = 1; f <= 5; f++) used.add(RfmSegment.of(r, f));
        assertThat(used).containsExactlyInAnyOrder(RfmSegment.values());
    }

    @Test
    void cohortsCountEachBuyerOncePerMonthSince() {
        Cohorts cohorts = new Cohorts();
        CustomerHistories h = new CustomerHistories(AS_OF, RULES, cohorts, p -> { });
        planted().forEach(h);
        h.accept(day("F", "2025-01-02", "手机", "JD", 10));
        h.accept(day("F", "2025-01-20", "手机", "JD", 20));
        h.finish();
        Cohorts.Cohort jan25 = cohorts.table().stream().filter(c -> c.month().equals(YearMonth.of(2025, 1))).findFirst().orElseThrow();
        assertThat(jan25.customers()).isEqualTo(2);   // A and F
        assertThat(jan25.active()[0]).isEqualTo(2);
        assertThat(jan25.active()[10]).isEqualTo(1);  // A again in November
        assertThat(jan25.retention(10)).isEqualTo(0.5);
        assertThat(jan25.spendE4()[0]).isEqualTo((3000 + 10 + 20) * 10_000L);
        Cohorts.Cohort jan24 = cohorts.table().stream().filter(c -> c.month().equals(YearMonth.of(2024, 1))).findFirst().orElseThrow();
        assertThat(jan24.customers()).isEqualTo(2);   // D and E
        assertThat(jan24.active()[12]).isEqualTo(2);
    }

    @Test
    void migrationCountsWhoMovedBetweenSegments() {
        List<CustomerDay> days = planted();
        LocalDate then = LocalDate.of(2025, 1, 31);
        CustomerBase before = CustomerAnalysis.analyse(CustomerHistories.profiles(days, then, RULES), then, RULES, null);
        CustomerBase after = CustomerAnalysis.analyse(CustomerHistories.profiles(days, AS_OF, RULES), AS_OF, RULES, null);
        long moved = CustomerAnalysis.migration(before, after).values().stream().flatMap(m -> m.values().stream()).mapToLong(Long::longValue).sum();
        assertThat(moved).isEqualTo(4);   // A, B, D, E existed in January; C came later
    }

    private static int indexOf(List<CustomerProfile> p, String id) {
        for (int i = 0; i < p.size(); i++) if (p.get(i).customer().equals(id)) return i;
        throw new AssertionError(id);
    }
}
