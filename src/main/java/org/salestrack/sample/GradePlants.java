package org.salestrack.sample;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Dealers planted with known grades in 2025-Q4 under the default rules (A: annualised sales above ¥50,000,000,
 * growth on 2024-Q4 at least 15%, NPS at least 85, at least 90% of complaints resolved within 48 h; B: at least
 * 80% of the counties of its province covered; C: the rest). Each planted dealer supplies no store (the stores
 * its city would give it go to its province's house dealer), so its sales, coverage and service are only
 * what is planted here: its own sell-through, and its rows of the service sheet.
 *
 * @param code the dealer
 * @param grade the grade it gets for 2025-Q4
 * @param role what it shows (README text)
 * @param q4SalesYuan its 2025-Q4 sell-through is fitted to just below this; 2024-Q4 to just below this / (1 + growth)
 * @param growth planted growth of 2025-Q4 on 2024-Q4
 * @param nps the NPS of its months in a quarter, in order (the quarter's NPS is their mean)
 * @param resolved48h its monthly share of complaints resolved within 48 h, in percent
 * @param counties how many counties of its province it sells in every month (0: the first three of its seat city)
 * @param targetBelowYuan when positive, its 2025-Q4 target is set this much (about) below its sales
 */
record GradePlants(String code, String grade, String role, long q4SalesYuan, double growth, int[] nps,
                   double resolved48h, int counties, long targetBelowYuan) {
    static final List<YearMonth> QUARTER = List.of(YearMonth.of(2025, 10), YearMonth.of(2025, 11), YearMonth.of(2025, 12));
    static final String PERIOD = "2025-Q4";

    static final List<GradePlants> ALL = List.of(
            new GradePlants("D040", "A", "A, above its target", 16_000_000, 0.22, new int[] {88, 89, 88}, 95.0, 0, 1_200_000),
            new GradePlants("D038", "A", "A", 14_500_000, 0.25, new int[] {90, 89, 91}, 93.5, 0, 0),
            new GradePlants("D051", "C", "just below the A sales threshold", 12_480_000, 0.20, new int[] {88, 88, 88}, 94.0, 0, 0),
            new GradePlants("D053", "C", "just below the A growth threshold", 14_000_000, 0.146, new int[] {88, 88, 88}, 94.0, 0, 0),
            new GradePlants("D045", "C", "just below the A NPS threshold", 13_500_000, 0.20, new int[] {84, 85, 85}, 94.0, 0, 0),
            new GradePlants("D047", "C", "just below the A 48 h threshold", 13_200_000, 0.20, new int[] {88, 88, 88}, 89.6, 0, 0),
            new GradePlants("D032", "B", "B: covers 14 of the 16 districts of 北京", 3_000_000, 0.10, new int[] {80, 81, 80}, 92.0, 14, 0),
            new GradePlants("D037", "B", "B: covers 13 of the 16 districts of 上海", 2_600_000, 0.10, new int[] {79, 80, 82}, 91.0, 13, 0),
            new GradePlants("D055", "C", "just below the B coverage threshold: 30 of the 38 counties of 重庆", 4_200_000, 0.10,
                    new int[] {81, 80, 80}, 92.0, 30, 0));

    private static final Map<String, GradePlants> BY_CODE = ALL.stream().collect(Collectors.toMap(GradePlants::code, Function.identity()));

    static Optional<GradePlants> of(String dealerCode) { return Optional.ofNullable(BY_CODE.get(dealerCode)); }

    static boolean planted(String dealerCode) { return BY_CODE.containsKey(dealerCode); }

    boolean big() { return counties == 0; }

    /** The NPS of a month: the planted quarter's months in order, the same pattern in every other quarter. */
    int npsOf(YearMonth m) { return nps[(m.getMonthValue() - 1) % 3]; }

    /** What its sell-through is fitted to in a month: a quarter's third (Nov a little more), other months half that. */
    long monthSalesYuan(YearMonth m) {
        double quarter = m.getYear() == 2025 ? q4SalesYuan : q4SalesYuan / (1 + growth);
        double share = switch (m.getMonthValue()) {
            case 10, 12 -> 0.3;
            case 11 -> 0.4;
            default -> 0.5 / 3;
        };
        return Math.round(quarter * share);
    }
}
