package org.salestrack.store.report;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.List;

/** A report period as days: the first and last day of a run of months, bound as the two date parameters of {@link CountedSales#WHERE}. */
final class MonthSpan {
    private MonthSpan() {}

    static String firstDay(YearMonth m) { return m.atDay(1).toString(); }

    static String lastDay(YearMonth m) { return m.atEndOfMonth().toString(); }

    /** Binds the first and last month (YYYY-MM) of the run, for the month rollups. */
    static void bindMonths(PreparedStatement ps, List<YearMonth> months) throws SQLException {
        ps.setString(1, months.get(0).toString());
        ps.setString(2, months.get(months.size() - 1).toString());
    }

    static void bind(PreparedStatement ps, List<YearMonth> months) throws SQLException {
        ps.setString(1, firstDay(months.get(0)));
        ps.setString(2, lastDay(months.get(months.size() - 1)));
    }
}
