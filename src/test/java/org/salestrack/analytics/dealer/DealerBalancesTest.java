package org.salestrack.analytics.dealer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.salestrack.model.dealer.BalanceFlag;
import org.salestrack.model.dealer.BalanceLine;

class DealerBalancesTest {
    private static BalanceLine m(long in, long out, long before, long after) {
        return new BalanceLine("D001", null, YearMonth.of(2025, 7), in, out, before, after);
    }

    @Test
    void flagsFollowTheChannelStuffingRulesDefaults() {
        // explained 100: 150 unexplained by 50 is at the limit (not above), 151 is above
        assertThat(DealerBalances.flag(m(150, 90, 10, 20))).isEqualTo(BalanceFlag.BALANCED);
        assertThat(DealerBalances.flag(m(151, 90, 10, 20))).isEqualTo(BalanceFlag.STUFFING);
        // nothing explained and 20 units in: stuffing; 19 units is too little to judge
        assertThat(DealerBalances.flag(m(20, 0, 5, 5))).isEqualTo(BalanceFlag.STUFFING);
        assertThat(DealerBalances.flag(m(19, 0, 5, 5))).isEqualTo(BalanceFlag.BALANCED);
        // sold 100, stock 80 -> 20 with 40 in: balanced, but stock fell by 60 > half of 100 sold
        assertThat(DealerBalances.flag(m(40, 100, 80, 20))).isEqualTo(BalanceFlag.DESTOCKING);
        assertThat(DealerBalances.flag(m(50, 100, 70, 20))).isEqualTo(BalanceFlag.BALANCED);
        // sold more than came in and left the stock: deficit
        assertThat(DealerBalances.flag(m(10, 100, 0, 0))).isEqualTo(BalanceFlag.DEFICIT);
    }

    @Test
    void monthsSumTheirSkus() {
        List<BalanceLine> months = DealerBalances.months(List.of(
                new BalanceLine("D001", "A", YearMonth.of(2025, 7), 10, 8, 0, 2),
                new BalanceLine("D001", "B", YearMonth.of(2025, 7), 5, 9, 6, 2),
                new BalanceLine("D001", "A", YearMonth.of(2025, 8), 0, 2, 2, 0)));
        assertThat(months).containsExactly(new BalanceLine("D001", null, YearMonth.of(2025, 7), 15, 17, 6, 4),
                new BalanceLine("D001", null, YearMonth.of(2025, 8), 0, 2, 2, 0));
        assertThat(months.get(0).gap()).isZero();
        assertThat(months.get(0).weeksCover()).isEqualTo(4 / (17 / (31 / 7.0)));
    }
}
