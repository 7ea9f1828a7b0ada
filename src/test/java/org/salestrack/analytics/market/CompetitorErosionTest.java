package org.salestrack.analytics.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.salestrack.model.market.CompetitorErosion;
import org.salestrack.model.market.CompetitorEvent;
import org.salestrack.model.market.EventEffect;
import org.salestrack.model.market.EventKind;
import org.salestrack.model.market.EventWindows;
import org.salestrack.model.market.OwnSales;
import org.salestrack.model.market.PanelRow;

/**
 * A competitor's moves taken together (issue 20 item 3, "per competitor"): 甲 cuts prices twice, in two provinces
 * each, a year apart; the pooled coefficient is the stacked difference in differences summed by hand here, its
 * interval is narrower than either move's own, and a brand whose only move was nationwide has none.
 */
class CompetitorErosionTest {
    private static final List<String> PROVINCES = List.of("44", "45", "51", "33", "32", "42", "43", "36");
    private static final YearMonth FIRST = YearMonth.of(2024, 1);
    private static final YearMonth LAST = YearMonth.of(2025, 12);
    private static final CompetitorEvent CUT_2024 = new CompetitorEvent(1, "甲", "甲 A1", LocalDate.of(2024, 6, 15), EventKind.PRICE_CUT,
            List.of("44", "45"), "手机", null, null);
    private static final CompetitorEvent CUT_2025 = new CompetitorEvent(2, "甲", "甲 A2", LocalDate.of(2025, 6, 15), EventKind.PRICE_CUT,
            List.of("51", "33"), "手机", null, null);
    private static final CompetitorEvent LAUNCH = new CompetitorEvent(3, "乙", "乙 B1", LocalDate.of(2025, 2, 1), EventKind.LAUNCH,
            List.of(), "手机", null, null);

    private final List<PanelRow> panel = new ArrayList<>();
    private final List<OwnSales> own = new ArrayList<>();

    CompetitorErosionTest() {
        for (int p = 0; p < PROVINCES.size(); p++) {
            for (YearMonth m = FIRST; !m.isAfter(LAST); m = m.plusMonths(1)) {
                long ours = 100 + p * 10;
                own.add(new OwnSales(m.toString(), PROVINCES.get(p), "手机", ours, ours * 20_000_000L));
                panel.add(new PanelRow(m.toString(), PROVINCES.get(p), "手机", "我们", "0-2999", ours, ours * 20_000_000L));
                panel.add(new PanelRow(m.toString(), PROVINCES.get(p), "手机", "甲", "0-2999", jia(p, m), jia(p, m) * 18_000_000L));
                panel.add(new PanelRow(m.toString(), PROVINCES.get(p), "手机", "乙", "6000+", 300, 300 * 65_000_000L));
            }
        }
    }

    /** 甲's units: a little noise everywhere, and after each cut more in the cut's provinces (more in some than others). */
    private static long jia(int p, YearMonth m) {
        long units = 400 + (p * 7L + m.getMonthValue()) % 5 * 4;
        String code = PROVINCES.get(p);
        for (CompetitorEvent e : List.of(CUT_2024, CUT_2025)) {
            YearMonth at = YearMonth.from(e.date());
            if (e.provinces().contains(code) && !m.isBefore(at) && m.isBefore(at.plusMonths(6))) units += 40L * (1 + p % 3);
        }
        return units;
    }

    @Test
    void aCompetitorsMovesTakenTogetherAreOneStackedDifferenceInDifferences() {
        ShareCube cube = ShareCube.of(panel, own);
        List<CompetitorEvent> events = List.of(CUT_2024, CUT_2025, LAUNCH);
        List<EventEffect> effects = ShareErosion.estimate(cube, events, EventWindows.DEFAULT_MONTHS, 0.95);
        List<CompetitorErosion> brands = ShareErosion.byCompetitor(cube, effects, 0.95);

        // 乙's launch was nationwide: no comparison, no coefficient
        assertThat(brands).extracting(CompetitorErosion::brand).containsExactly("甲");
        CompetitorErosion jia = brands.get(0);
        assertThat(jia.events()).isEqualTo(2);

        // the stack by hand: each move's provinces against its own comparison provinces, weighted by their market before
        double[] treated = new double[2];
        double[] controls = new double[2];
        for (EventEffect e : effects.subList(0, 2)) {
            for (String p : e.treated()) add(treated, e, p);
            for (String p : e.controls()) add(controls, e, p);
        }
        double expected = 100 * (treated[0] / treated[1] - controls[0] / controls[1]);
        assertThat(jia.effectPp().estimate()).isCloseTo(expected, within(1e-9)).isLessThan(-1.0);
        // two moves' provinces tell more than either move alone
        double pooledWidth = jia.effectPp().high() - jia.effectPp().low();
        for (EventEffect e : effects.subList(0, 2)) assertThat(pooledWidth).isLessThan(e.effectPp().high() - e.effectPp().low());
        assertThat(jia.unitsLost()).isCloseTo(effects.get(0).unitsLost() + effects.get(1).unitsLost(), within(1e-9));
    }

    /** Adds a province's weighted change in our unit share around a move: {sum w * change, sum w}. */
    private void add(double[] sums, EventEffect e, String province) {
        long[] before = cells(province, e.windows().before());
        long[] after = cells(province, e.windows().after());
        double change = (double) after[0] / after[1] - (double) before[0] / before[1];
        sums[0] += before[1] * change;
        sums[1] += before[1];
    }

    /** Our units and the market's in a province over some months, summed from the panel's rows. */
    private long[] cells(String province, List<YearMonth> months) {
        long[] t = new long[2];
        for (PanelRow r : panel) {
            if (!r.province().equals(province) || !months.contains(YearMonth.parse(r.period()))) continue;
            t[1] += r.units();
            if (r.brand().equals("我们")) t[0] += r.units();
        }
        return t;
    }
}
