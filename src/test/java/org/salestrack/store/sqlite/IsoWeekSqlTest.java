package org.salestrack.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.salestrack.model.cube.Grain;

/**
 * The week key in SQL is computed from %w and %j, which every SQLite has, not %G/%V (3.46 and later), so it holds
 * on the encrypting driver's SQLite 3.40 too: checked against java.time's ISO fields for every day of 17 years,
 * through a real SQLite connection, year boundaries and 53-week years included.
 */
class IsoWeekSqlTest {
    @Test
    void everyDayFrom2015To2031HasJavaTimesIsoWeek() throws Exception {
        LocalDate first = LocalDate.of(2015, 1, 1);
        LocalDate last = LocalDate.of(2031, 12, 31);
        int days = 0;
        Set<Integer> yearsWithWeek53 = new HashSet<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("WITH RECURSIVE d(day) AS (SELECT '" + first + "' UNION ALL SELECT date(day, '+1 day') FROM d WHERE day < '"
                     + last + "') SELECT day, " + PeriodSql.of(Grain.WEEK, "day") + " FROM d ORDER BY day")) {
            LocalDate expectedDay = first;
            while (rs.next()) {
                LocalDate day = LocalDate.parse(rs.getString(1));
                assertThat(day).isEqualTo(expectedDay);
                int year = day.get(IsoFields.WEEK_BASED_YEAR);
                int week = day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
                assertThat(rs.getString(2)).as("week of %s", day).isEqualTo(String.format("%d-W%02d", year, week));
                if (week == 53) yearsWithWeek53.add(year);
                expectedDay = expectedDay.plusDays(1);
                days++;
            }
        }
        assertThat(days).isEqualTo(6209);
        assertThat(yearsWithWeek53).containsExactlyInAnyOrder(2015, 2020, 2026);
        assertThat(PeriodSql.of(Grain.WEEK, "day")).doesNotContain("%G").doesNotContain("%V");
    }

    @Test
    void aMissingDayHasNoWeek() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT " + PeriodSql.of(Grain.WEEK, "d") + " FROM (SELECT NULL AS d)")) {
            rs.next();
            assertThat(rs.getString(1)).isNull();
        }
    }
}
