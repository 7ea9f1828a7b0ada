package org.salestrack.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Locale;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.junit.jupiter.api.Test;

/** Seen on the Marketing screen in Chinese: the campaign chart's days read "7-Mar", "4-Jul". */
class DateTicksTest {
    private static final long DAY = 86_400_000L;

    private static String tick(DateAxis axis, long unitMillis, LocalDate day) {
        DateTickUnit unit = (DateTickUnit) axis.getStandardTickUnits().getCeilingTickUnit(unitMillis);
        return unit.dateToString(Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant()));
    }

    @Test
    void datesAreNumbersInEveryLanguage() {
        Locale before = Locale.getDefault();
        try {
            for (Locale l : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
                Locale.setDefault(l);
                DateAxis axis = new DateAxis();
                Charts.dateTicks(axis);
                assertThat(tick(axis, 7 * DAY, LocalDate.of(2024, 6, 18))).as(l.toString()).isEqualTo("06-18");
                assertThat(tick(axis, 31 * DAY, LocalDate.of(2024, 6, 18))).as(l.toString()).isEqualTo("2024-06");
                assertThat(tick(axis, 366 * DAY, LocalDate.of(2024, 6, 18))).as(l.toString()).isEqualTo("2024");
            }
        } finally {
            Locale.setDefault(before);
        }
    }
}
