package org.salestrack.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.salestrack.model.cube.Grain;

/**
 * The cube and the summary key periods in SQL, the explorer and the trend fill empty periods with keys
 * from Java ({@link Grain#key}): the two must agree on every day, including the ISO weeks that straddle a
 * year (2020-12-31 is 2020-W53, 2021-01-03 still 2020-W53, 2024-12-30 already 2025-W01).
 */
class PeriodKeysAgreeTest {
    @Test
    void sqlAndJavaGiveEveryDayTheSamePeriodKeys() throws Exception {
        int days = 0;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            for (Grain g : Grain.values()) {
                try (PreparedStatement ps = c.prepareStatement("SELECT " + PeriodSql.of(g, "d") + " FROM (SELECT ? AS d)")) {
                    for (LocalDate d = LocalDate.of(2019, 12, 20); d.isBefore(LocalDate.of(2027, 1, 10)); d = d.plusDays(1)) {
                        ps.setString(1, d.toString());
                        try (ResultSet rs = ps.executeQuery()) {
                            rs.next();
                            assertThat(rs.getString(1)).as("%s of %s", g, d).isEqualTo(g.key(d));
                        }
                        days++;
                    }
                }
            }
        }
        assertThat(days).isGreaterThan(5 * 2500);
        assertThat(Grain.WEEK.key(LocalDate.of(2021, 1, 3))).isEqualTo("2020-W53");
        assertThat(Grain.WEEK.key(LocalDate.of(2024, 12, 30))).isEqualTo("2025-W01");
        assertThat(Grain.QUARTER.key(LocalDate.of(2025, 9, 30))).isEqualTo("2025-Q3");
    }

    @Test
    void aPeriodOneYearEarlierKeepsItsNumber() {
        assertThat(Grain.WEEK.yearBefore("2025-W10")).isEqualTo("2024-W10");
        assertThat(Grain.QUARTER.yearBefore("2025-Q1")).isEqualTo("2024-Q1");
        assertThat(Grain.DAY.yearBefore("2024-02-29")).isEqualTo("2023-02-28");
        assertThat(Grain.MONTH.keys(LocalDate.of(2025, 1, 30), LocalDate.of(2025, 3, 1))).containsExactly("2025-01", "2025-02", "2025-03");
    }
}
