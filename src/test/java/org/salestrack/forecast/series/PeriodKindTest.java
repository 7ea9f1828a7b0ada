package org.salestrack.forecast.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PeriodKindTest {

    @Test
    void detectsEachLabelFormat() {
        assertThat(PeriodKind.detect("2024")).isEqualTo(PeriodKind.YEAR);
        assertThat(PeriodKind.detect("2024-Q3")).isEqualTo(PeriodKind.QUARTER);
        assertThat(PeriodKind.detect("2024-07")).isEqualTo(PeriodKind.MONTH);
        assertThat(PeriodKind.detect("2024-W09")).isEqualTo(PeriodKind.WEEK);
        assertThat(PeriodKind.detect("2024-02-29")).isEqualTo(PeriodKind.DAY);
        assertThat(PeriodKind.detect("17")).isEqualTo(PeriodKind.INDEX);
    }

    @Test
    void nextPeriodsRollOverYearEnds() {
        assertThat(next(PeriodKind.QUARTER, "2024-Q4")).isEqualTo("2025-Q1");
        assertThat(next(PeriodKind.MONTH, "2024-12")).isEqualTo("2025-01");
        assertThat(next(PeriodKind.DAY, "2024-02-28")).isEqualTo("2024-02-29");
        // 2020 has 53 ISO weeks; 2021-W01 starts on Monday 4 January 2021
        assertThat(next(PeriodKind.WEEK, "2020-W52")).isEqualTo("2020-W53");
        assertThat(next(PeriodKind.WEEK, "2020-W53")).isEqualTo("2021-W01");
        assertThat(next(PeriodKind.WEEK, "2024-W52")).isEqualTo("2025-W01");
    }

    @Test
    void invalidLabelsAreRejectedWithTheReason() {
        assertThatThrownBy(() -> PeriodKind.MONTH.ordinal("2024-13")).hasMessageContaining("month out of range");
        assertThatThrownBy(() -> PeriodKind.WEEK.ordinal("2021-W53")).hasMessageContaining("week out of range");
        assertThatThrownBy(() -> PeriodKind.DAY.ordinal("2023-02-29")).hasMessageContaining("not a valid date");
        assertThatThrownBy(() -> PeriodKind.detect("March 2024")).hasMessageContaining("not a period");
    }

    private static String next(PeriodKind kind, String label) {
        return kind.label(kind.ordinal(label) + 1);
    }
}
