package org.salestrack.analytics.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Issue 11 #4: presets that are a length of time end with the last complete period, not the partial one. */
class DatePresetTest {
    private static final LocalDate FIRST = LocalDate.of(2024, 1, 1);

    private static String range(DatePreset p, LocalDate last) {
        LocalDate[] r = p.range(last, FIRST);
        return r[0] + ".." + r[1];
    }

    @Test
    void nineDaysOfJanuaryDoNotMoveTheLast12MonthsOffTheYearBefore() {
        assertThat(range(DatePreset.LAST_12_MONTHS, LocalDate.of(2025, 12, 31))).isEqualTo("2025-01-01..2025-12-31");
        assertThat(range(DatePreset.LAST_12_MONTHS, LocalDate.of(2026, 1, 9))).isEqualTo("2025-01-01..2025-12-31");
        assertThat(range(DatePreset.LAST_12_MONTHS, LocalDate.of(2026, 1, 31))).isEqualTo("2025-02-01..2026-01-31");
    }

    @Test
    void theLast4WeeksAreWholeIsoWeeks() {
        // 2026-01-09 is a Friday: the last complete week ended on Sunday the 4th
        assertThat(range(DatePreset.LAST_4_WEEKS, LocalDate.of(2026, 1, 9))).isEqualTo("2025-12-08..2026-01-04");
        assertThat(range(DatePreset.LAST_4_WEEKS, LocalDate.of(2026, 1, 4))).isEqualTo("2025-12-08..2026-01-04");
    }

    @Test
    void toDatePresetsRunToTheLastDay() {
        assertThat(range(DatePreset.THIS_MONTH, LocalDate.of(2026, 1, 9))).isEqualTo("2026-01-01..2026-01-09");
        assertThat(range(DatePreset.YEAR_TO_DATE, LocalDate.of(2026, 1, 9))).isEqualTo("2026-01-01..2026-01-09");
        assertThat(range(DatePreset.ALL, LocalDate.of(2026, 1, 9))).isEqualTo("2024-01-01..2026-01-09");
    }

    @Test
    void dataWithoutACompleteMonthRunsToItsLastDay() {
        LocalDate[] r = DatePreset.LAST_12_MONTHS.range(LocalDate.of(2026, 1, 9), LocalDate.of(2026, 1, 2));
        assertThat(r[1]).isEqualTo(LocalDate.of(2026, 1, 9));
    }
}
