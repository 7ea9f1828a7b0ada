package org.salestrack.forecast.series;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period labels of DESIGN.md "Command line": YYYY, YYYY-Qn, YYYY-MM, YYYY-Www (ISO week), YYYY-MM-DD,
 * or a plain integer index. Each label maps to a consecutive ordinal so gaps and future periods are
 * simple arithmetic.
 */
public enum PeriodKind {
    YEAR(1, "\\d{4}"),
    QUARTER(4, "(\\d{4})-Q([1-4])"),
    MONTH(12, "(\\d{4})-(\\d{2})"),
    WEEK(52, "(\\d{4})-W(\\d{2})"),
    DAY(7, "\\d{4}-\\d{2}-\\d{2}"),
    INDEX(1, "-?\\d+");

    private final int defaultSeasonLength;
    private final Pattern pattern;

    PeriodKind(int defaultSeasonLength, String regex) {
        this.defaultSeasonLength = defaultSeasonLength;
        this.pattern = Pattern.compile(regex);
    }

    /** Observations per year (7 per week for days); INDEX has none, the data must say. */
    public int defaultSeasonLength() {
        return defaultSeasonLength;
    }

    /** The kind of a label; YEAR wins over INDEX for four-digit labels. */
    public static PeriodKind detect(String label) {
        for (PeriodKind k : values()) {
            if (k.pattern.matcher(label).matches()) {
                return k;
            }
        }
        throw new IllegalArgumentException("not a period: '" + label + "' (expected YYYY, YYYY-Qn, YYYY-MM, YYYY-Www, YYYY-MM-DD or an integer)");
    }

    /** The ordinal of a label of this kind. */
    public long ordinal(String label) {
        Matcher m = pattern.matcher(label);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + label + "' is not a " + name().toLowerCase(Locale.ROOT) + " period");
        }
        switch (this) {
            case YEAR:
            case INDEX:
                return Long.parseLong(label);
            case QUARTER:
                return Long.parseLong(m.group(1)) * 4 + Integer.parseInt(m.group(2)) - 1;
            case MONTH: {
                int month = Integer.parseInt(m.group(2));
                if (month < 1 || month > 12) {
                    throw new IllegalArgumentException("month out of range in '" + label + "'");
                }
                return Long.parseLong(m.group(1)) * 12 + month - 1;
            }
            case WEEK: {
                int year = Integer.parseInt(m.group(1));
                int week = Integer.parseInt(m.group(2));
                LocalDate mid = LocalDate.of(year, 7, 1);
                if (week < 1 || week > mid.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
                    throw new IllegalArgumentException("week out of range in '" + label + "'");
                }
                LocalDate monday = mid.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                return Math.floorDiv(monday.toEpochDay() + 3, 7);
            }
            case DAY:
                try {
                    return LocalDate.parse(label).toEpochDay();
                } catch (DateTimeParseException ex) {
                    throw new IllegalArgumentException("not a valid date: '" + label + "'");
                }
            default:
                throw new IllegalStateException(name());
        }
    }

    /** The label of an ordinal of this kind. */
    public String label(long ordinal) {
        return switch (this) {
            case YEAR -> String.format(Locale.ROOT, "%04d", ordinal);
            case INDEX -> Long.toString(ordinal);
            case QUARTER -> String.format(Locale.ROOT, "%04d-Q%d", Math.floorDiv(ordinal, 4), Math.floorMod(ordinal, 4) + 1);
            case MONTH -> String.format(Locale.ROOT, "%04d-%02d", Math.floorDiv(ordinal, 12), Math.floorMod(ordinal, 12) + 1);
            case WEEK -> {
                LocalDate monday = LocalDate.ofEpochDay(ordinal * 7 - 3);
                yield String.format(Locale.ROOT, "%04d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR),
                        monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            }
            case DAY -> LocalDate.ofEpochDay(ordinal).toString();
        };
    }
}
