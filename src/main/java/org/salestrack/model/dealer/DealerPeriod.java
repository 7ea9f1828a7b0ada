package org.salestrack.model.dealer;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.salestrack.model.cube.Grain;

/**
 * The period a dealer is scored on: a month (2025-07), a quarter (2025-Q3) or a year (2025), keyed as
 * {@link Grain} keys them. Dealer facts are monthly, so only month-aligned grains are periods here.
 */
public record DealerPeriod(Grain grain, String key) {
    private static final Pattern MONTH = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");
    private static final Pattern QUARTER = Pattern.compile("\\d{4}-Q[1-4]");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    public DealerPeriod {
        if (!grain.monthAligned()) throw new IllegalArgumentException("a dealer period is a month, quarter or year, not a " + grain.id());
    }

    /** 2025-07, 2025-Q3 or 2025. */
    public static DealerPeriod parse(String text) {
        String t = text.trim();
        if (MONTH.matcher(t).matches()) return new DealerPeriod(Grain.MONTH, t);
        if (QUARTER.matcher(t).matches()) return new DealerPeriod(Grain.QUARTER, t);
        if (YEAR.matcher(t).matches()) return new DealerPeriod(Grain.YEAR, t);
        throw new IllegalArgumentException("a period is YYYY-MM, YYYY-Qn or YYYY, not '" + text + "'");
    }

    public static DealerPeriod quarterOf(YearMonth m) { return new DealerPeriod(Grain.QUARTER, Grain.QUARTER.key(m.atDay(1))); }

    public LocalDate first() { return grain.first(key); }

    public LocalDate last() { return grain.last(key); }

    public YearMonth firstMonth() { return YearMonth.from(first()); }

    public YearMonth lastMonth() { return YearMonth.from(last()); }

    public List<YearMonth> months() {
        List<YearMonth> out = new ArrayList<>();
        for (YearMonth m = firstMonth(); !m.isAfter(lastMonth()); m = m.plusMonths(1)) out.add(m);
        return out;
    }

    /** The period just before, of the same length. */
    public DealerPeriod previous() {
        return new DealerPeriod(grain, grain.key(first().minusDays(1)));
    }

    public DealerPeriod yearBefore() { return new DealerPeriod(grain, grain.yearBefore(key)); }

    /** How many such periods make a year: sales times this are the annualised sales the A grade is judged on. */
    public int perYear() { return 12 / months().size(); }

    /** Its length in weeks (days / 7), what weeks of cover divide by. */
    public double weeks() { return (ChronoUnit.DAYS.between(first(), last()) + 1) / 7.0; }

    @Override public String toString() { return key; }
}
