package org.salestrack.analytics.dealer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.salestrack.model.dealer.DealerFacts;
import org.salestrack.model.dealer.DealerMonth;
import org.salestrack.model.dealer.DealerPeriod;
import org.salestrack.model.dealer.DealerProfile;
import org.salestrack.model.dealer.Grade;
import org.salestrack.model.dealer.GradeRules;
import org.salestrack.model.dealer.Scorecard;

class ScorecardsTest {
    private static final DealerProfile D = new DealerProfile("D001", "北京恒信", "T2", "11", "北京", "北京", false);

    private static DealerMonth m(String month, long inQty, long inE4, long outQty, long outE4, long stock, Long target,
                                 Double nps, Long complaints, Double resolved) {
        return new DealerMonth("D001", YearMonth.parse(month), inQty, inE4, outQty, outE4, stock, null, target, nps, complaints, resolved);
    }

    private static List<DealerMonth> year() {
        List<DealerMonth> l = new ArrayList<>();
        l.add(m("2024-07", 0, 0, 10, 10_000_000, 0, null, null, null, null));
        l.add(m("2024-08", 0, 0, 10, 10_000_000, 0, null, null, null, null));
        l.add(m("2024-09", 0, 0, 10, 10_000_000, 0, null, null, null, null));
        l.add(m("2025-04", 0, 0, 20, 20_000_000, 0, 1L, null, null, null));
        l.add(m("2025-05", 0, 0, 20, 20_000_000, 0, 1L, null, null, null));
        l.add(m("2025-06", 0, 0, 20, 20_000_000, 0, 1L, null, null, null));
        l.add(m("2025-07", 30, 33_000_000, 20, 24_000_000, 15, 25_000_000L, 50.0, 10L, 0.9));
        l.add(m("2025-08", 40, 44_000_000, 30, 36_000_000, 25, 25_000_000L, 60.0, 30L, 0.8));
        l.add(m("2025-09", 20, 22_000_000, 40, 48_000_000, 5, 25_000_000L, 70.0, 0L, null));
        return l;
    }

    @Test
    void aQuarterAddsItsMonthsUp() {
        Scorecard s = Scorecards.score(D, DealerPeriod.parse("2025-Q3"), year(), Cards.strong(1).coverage());
        assertThat(s.sellInQty()).isEqualTo(90);
        assertThat(s.sellInE4()).isEqualTo(99_000_000);
        assertThat(s.sellOutQty()).isEqualTo(90);
        assertThat(s.salesE4()).isEqualTo(108_000_000);
        assertThat(s.stockQty()).isEqualTo(5); // September's month-end
        // 92 days = 13.142857 weeks; 90 units -> 6.8478 a week; 5 / 6.8478 = 0.7302 weeks
        assertThat(s.weeksCover()).isCloseTo(5 / (90 / (92 / 7.0)), within(1e-12));
        assertThat(s.targetE4()).isEqualTo(75_000_000L);
        assertThat(s.attainment()).isCloseTo(1.44, within(1e-12));
        assertThat(s.growthPrevious()).isCloseTo(0.8, within(1e-12));   // 10,800 on 6,000
        assertThat(s.growthYear()).isCloseTo(2.6, within(1e-12));       // 10,800 on 3,000
        assertThat(s.nps()).isCloseTo(60.0, within(1e-12));
        // (0.9 x 10 + 0.8 x 30) / 40 = 0.825; September's month has no share and is left out
        assertThat(s.resolved48h()).isCloseTo(0.825, within(1e-12));
        assertThat(s.complaints()).isEqualTo(40);
        assertThat(s.trend()).hasSize(9);
    }

    @Test
    void aPartialTargetIsNoTarget() {
        List<DealerMonth> l = year();
        l.set(8, m("2025-09", 20, 220_000, 40, 480_000, 5, null, 70.0, 0L, null));
        Scorecard s = Scorecards.score(D, DealerPeriod.parse("2025-Q3"), l, Cards.strong(1).coverage());
        assertThat(s.targetE4()).isNull();
        assertThat(s.attainment()).isNull();
    }

    @Test
    void periodsParseAndStep() {
        assertThat(DealerPeriod.parse("2025-Q1").previous().key()).isEqualTo("2024-Q4");
        assertThat(DealerPeriod.parse("2025-01").previous().key()).isEqualTo("2024-12");
        assertThat(DealerPeriod.parse("2025").yearBefore().key()).isEqualTo("2024");
        assertThat(DealerPeriod.parse("2025-Q3").perYear()).isEqualTo(4);
        assertThat(DealerPeriod.parse("2025-07").perYear()).isEqualTo(12);
    }

    /** A dealer whose lines name counties is covered in counties of its whole province; one whose lines name none, in cities. */
    @Test
    void coverageCountsCountiesWhereTheLinesNameThemAndCitiesElse() {
        DealerProfile a = new DealerProfile("D001", "a", "T3", "11", "北京", "北京", false);
        DealerProfile b = new DealerProfile("D002", "b", "T3", "11", "北京", "北京", false);
        // 东城 西城 in July, 西城 朝阳 in August (and a 广东 county that is not its territory), 丰台 in 2025-Q2 only
        Map<String, Map<YearMonth, Set<String>>> counties = Map.of("D001", Map.of(
                YearMonth.parse("2025-07"), Set.of("110101", "110102"), YearMonth.parse("2025-08"), Set.of("110102", "110105", "440106"),
                YearMonth.parse("2025-06"), Set.of("110106")));
        DealerFacts f = new DealerFacts(List.of(a, b), Map.of(), Map.of("D002", Map.of(YearMonth.parse("2025-07"), Set.of("北京"))),
                Map.of("11", List.of("北京", "通州")), Map.of(), counties);
        var ca = DealerBoards.coverage(f, a, DealerPeriod.parse("2025-Q3"));
        assertThat(ca.counties()).isTrue();
        assertThat(ca.covered()).containsExactly("110101", "110102", "110105");
        assertThat(ca.territory()).hasSize(16);
        assertThat(ca.share()).isEqualTo(3 / 16.0);
        var cb = DealerBoards.coverage(f, b, DealerPeriod.parse("2025-Q3"));
        assertThat(cb.counties()).isFalse();
        assertThat(cb.covered()).containsExactly("北京");
        assertThat(cb.share()).isEqualTo(0.5);
    }

    @Test
    void theBoardGradesEveryQuarterAndCountsTheMoves() {
        DealerProfile a = new DealerProfile("D001", "a", "T1", "11", "北京", "北京", false);
        DealerProfile b = new DealerProfile("D002", "b", "T3", "11", "北京", "北京", false);
        List<DealerMonth> ma = new ArrayList<>();
        List<DealerMonth> mb = new ArrayList<>();
        for (String mo : new String[] {"2025-04", "2025-05", "2025-06", "2025-07", "2025-08", "2025-09"}) {
            ma.add(new DealerMonth("D001", YearMonth.parse(mo), 1, 1, 1, 100, 0, null, null, 50.0, 1L, 0.5));
            mb.add(new DealerMonth("D002", YearMonth.parse(mo), 1, 1, 1, 100, 0, null, null, 50.0, 1L, 0.5));
        }
        // D001 sells in both cities in Q2 only; D002 in one city in Q2, both in Q3
        Map<String, Map<YearMonth, Set<String>>> sold = Map.of(
                "D001", Map.of(YearMonth.parse("2025-05"), Set.of("北京", "通州")),
                "D002", Map.of(YearMonth.parse("2025-05"), Set.of("北京"), YearMonth.parse("2025-08"), Set.of("北京", "通州")));
        DealerFacts f = new DealerFacts(List.of(a, b), Map.of("D001", ma, "D002", mb), sold, Map.of("11", List.of("北京", "通州")), Map.of());
        var board = DealerBoards.board(f, DealerPeriod.parse("2025-Q3"), GradeRules.DEFAULTS);
        assertThat(board.quarters()).containsExactly("2025-Q2", "2025-Q3");
        assertThat(board.history().get("D001")).containsEntry("2025-Q2", Grade.B).containsEntry("2025-Q3", Grade.C);
        assertThat(board.history().get("D002")).containsEntry("2025-Q2", Grade.C).containsEntry("2025-Q3", Grade.B);
        assertThat(board.migration()[Grade.B.ordinal()][Grade.C.ordinal()]).isEqualTo(1);
        assertThat(board.migration()[Grade.C.ordinal()][Grade.B.ordinal()]).isEqualTo(1);
        assertThat(board.migration()[Grade.B.ordinal()][Grade.B.ordinal()]).isZero();
    }
}
