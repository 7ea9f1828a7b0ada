package org.salestrack.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.salestrack.sample.SampleLines.Line;

/** Totals by province and month recomputed from the files equal the generator's own (the import's target). */
class SampleTotalsTest {

    @Test
    void totalsByProvinceAndMonthFromTheFilesEqualTheGeneratorsTotals() {
        ExpectedTotals expected = SampleFixture.set().totals();
        Map<ExpectedTotals.Key, ExpectedTotals.Sum> paid = new TreeMap<>();
        Map<ExpectedTotals.Key, ExpectedTotals.Sum> all = new TreeMap<>();
        Set<String> seen = new HashSet<>();
        for (Line l : SampleFixture.lines().lines()) {
            if (l.key() != null && !seen.add(l.key())) continue;
            ExpectedTotals.Key k = new ExpectedTotals.Key(l.province(), YearMonth.from(l.soldAt()));
            ExpectedTotals.Sum one = new ExpectedTotals.Sum(1, l.qty(), l.amountE4());
            all.merge(k, one, SampleTotalsTest::add);
            if (l.status().equals("paid")) paid.merge(k, one, SampleTotalsTest::add);
        }
        assertThat(paid).isEqualTo(expected.byProvinceMonth());
        assertThat(all).isEqualTo(expected.byProvinceMonthAllStatuses());
        assertThat(paid.keySet().stream().map(ExpectedTotals.Key::provinceCode).distinct()).hasSize(34);
        assertThat(paid.keySet().stream().map(ExpectedTotals.Key::month).distinct()).hasSize(24);
    }

    @Test
    void yearAndChannelTotalsAddUpToTheGrandTotal() {
        ExpectedTotals t = SampleFixture.set().totals();
        long byYear = t.byYear().values().stream().mapToLong(ExpectedTotals.Sum::amountE4).sum();
        long byChannel = t.byChannel().values().stream().mapToLong(ExpectedTotals.Sum::units).sum();
        assertThat(byYear).isEqualTo(t.total().amountE4());
        assertThat(byChannel).isEqualTo(t.total().units());
        assertThat(t.byChannel()).hasSize(8);
        assertThat(t.total().lines()).isBetween(140_000L, 250_000L);
    }

    private static ExpectedTotals.Sum add(ExpectedTotals.Sum a, ExpectedTotals.Sum b) {
        return new ExpectedTotals.Sum(a.lines() + b.lines(), a.units() + b.units(), a.amountE4() + b.amountE4());
    }
}
