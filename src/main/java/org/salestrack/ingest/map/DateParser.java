package org.salestrack.ingest.map;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;

/**
 * Reads dates and date-times: with the profile's pattern when it gives one, else the shapes exports use
 * (ISO, slashes, dots, compact, Chinese 年月日, Excel serial numbers). The common ISO shape is parsed by
 * hand because it is most of a million-line import.
 */
public final class DateParser {
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final List<DateTimeFormatter> AUTO = List.of(
            pattern("yyyy-M-d[ H:mm[:ss][.SSS]]"),
            pattern("yyyy/M/d[ H:mm[:ss]]"),
            pattern("yyyy.M.d[ H:mm[:ss]]"),
            pattern("yyyyMMdd[ HHmmss]"),
            pattern("yyyy年M月d日[ H:mm[:ss]][ H时m分[s秒]]"),
            pattern("d.M.yyyy[ H:mm[:ss]]"));

    private DateParser() {}

    private static DateTimeFormatter pattern(String p) {
        return new DateTimeFormatterBuilder().appendPattern(p)
                .parseDefaulting(ChronoField.HOUR_OF_DAY, 0)
                .toFormatter(Locale.ROOT);
    }

    public static DateTimeFormatter compile(String pattern) {
        try {
            return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                    .parseDefaulting(ChronoField.HOUR_OF_DAY, 0).toFormatter(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("bad date format '" + pattern + "': " + e.getMessage());
        }
    }

    /** @param format null for automatic recognition */
    public static LocalDateTime parseDateTime(String raw, DateTimeFormatter format) {
        return parseDateTime(raw, format, format == null);
    }

    /**
     * @param ymdFormat whether {@code format} is null or a year-month-day pattern {@link #isYmdPattern} accepts:
     *                  then a year-month-day text is read by hand, since the pattern would read it the same
     */
    static LocalDateTime parseDateTime(String raw, DateTimeFormatter format, boolean ymdFormat) {
        String s = raw.strip();
        if (s.isEmpty()) throw new BadDateException("import.reason.date_empty");
        LocalDateTime fast = isoFast(s);
        if (fast != null) return fast;
        if (ymdFormat) {
            fast = ymdFast(s);
            if (fast != null) return fast;
        }
        if (format != null) {
            try {
                return toDateTime(format.parse(s));
            } catch (DateTimeParseException e) {
                // spreadsheets hand real dates over as ISO text whatever the profile says
            }
        }
        if (s.matches("\\d{5}(\\.\\d+)?")) return excelSerial(Double.parseDouble(s));
        for (DateTimeFormatter f : AUTO) {
            try {
                return toDateTime(f.parse(s));
            } catch (DateTimeParseException e) {
                // try the next shape
            }
        }
        throw new BadDateException(format == null ? "import.reason.date_unrecognised" : "import.reason.date_not_profile_format");
    }

    public static LocalDate parseDate(String raw, DateTimeFormatter format) {
        return parseDateTime(raw, format).toLocalDate();
    }

    private static LocalDateTime toDateTime(TemporalAccessor t) {
        LocalDate d = LocalDate.from(t);
        LocalTime time = t.isSupported(ChronoField.HOUR_OF_DAY)
                ? LocalTime.of(t.get(ChronoField.HOUR_OF_DAY),
                        t.isSupported(ChronoField.MINUTE_OF_HOUR) ? t.get(ChronoField.MINUTE_OF_HOUR) : 0,
                        t.isSupported(ChronoField.SECOND_OF_MINUTE) ? t.get(ChronoField.SECOND_OF_MINUTE) : 0)
                : LocalTime.MIDNIGHT;
        return d.atTime(time);
    }

    private static LocalDateTime excelSerial(double serial) {
        long days = (long) Math.floor(serial);
        long seconds = Math.round((serial - days) * 86_400);
        return EXCEL_EPOCH.plusDays(days).atStartOfDay().plusSeconds(seconds);
    }

    /** yyyy-MM-dd, yyyy-MM-dd HH:mm:ss and yyyy-MM-ddTHH:mm:ss with fixed widths; null for other shapes. */
    private static LocalDateTime isoFast(String s) {
        int n = s.length();
        if (n != 10 && n != 19 && n != 16) return null;
        if (s.charAt(4) != '-' || s.charAt(7) != '-') return null;
        int y = digits(s, 0, 4);
        int mo = digits(s, 5, 2);
        int d = digits(s, 8, 2);
        if (y < 0 || mo < 0 || d < 0) return null;
        int h = 0;
        int mi = 0;
        int sec = 0;
        if (n > 10) {
            char sep = s.charAt(10);
            if ((sep != ' ' && sep != 'T') || s.charAt(13) != ':') return null;
            h = digits(s, 11, 2);
            mi = digits(s, 14, 2);
            if (n == 19) {
                if (s.charAt(16) != ':') return null;
                sec = digits(s, 17, 2);
            }
            if (h < 0 || mi < 0 || sec < 0) return null;
        }
        try {
            return LocalDateTime.of(y, mo, d, h, mi, sec);
        } catch (DateTimeException e) {
            throw new BadDateException("import.reason.date_no_such_date");
        }
    }

    /**
     * Whether a profile's pattern reads fields in the order and meaning of the automatic year-month-day
     * shapes (yyyy-M-d, yyyy/MM/dd H:mm, yyyy.M.d HH:mm:ss ...): any text {@link #ymdFast} accepts then
     * parses to the same value with the pattern, or fails with it and then parses so automatically.
     */
    public static boolean isYmdPattern(String pattern) {
        return pattern != null && YMD_PATTERN.matcher(pattern).matches();
    }

    private static final java.util.regex.Pattern YMD_PATTERN =
            java.util.regex.Pattern.compile("yyyy([-/.])M{1,2}\\1d{1,2}( H{1,2}:mm(:ss)?)?");

    /**
     * yyyy-M-d, yyyy/M/d or yyyy.M.d, optionally with " H:mm" or " H:mm:ss": the shapes of the automatic
     * patterns, read by hand because DateTimeFormatter takes most of a big import's parsing time. Returns
     * null for anything else and for values out of range (an invalid day, hour 24), which the formatters
     * then judge as before.
     */
    private static LocalDateTime ymdFast(String s) {
        int n = s.length();
        if (n < 8 || n > 19) return null;
        char sep = s.charAt(4);
        if (sep != '-' && sep != '/' && sep != '.') return null;
        int y = digits(s, 0, 4);
        if (y < 1) return null;
        int i = 5;
        int mo = 0;
        int start = i;
        while (i < n && i - start < 3 && isDigit(s.charAt(i))) mo = mo * 10 + (s.charAt(i++) - '0');
        if (i == start || i - start > 2 || i >= n || s.charAt(i) != sep) return null;
        start = ++i;
        int d = 0;
        while (i < n && i - start < 3 && isDigit(s.charAt(i))) d = d * 10 + (s.charAt(i++) - '0');
        if (i == start || i - start > 2) return null;
        int h = 0;
        int mi = 0;
        int sec = 0;
        if (i < n) {
            if (s.charAt(i) != ' ') return null;
            start = ++i;
            while (i < n && i - start < 3 && isDigit(s.charAt(i))) h = h * 10 + (s.charAt(i++) - '0');
            if (i == start || i - start > 2 || i + 3 > n || s.charAt(i) != ':') return null;
            mi = digits(s, i + 1, 2);
            i += 3;
            if (i < n) {
                if (i + 3 != n || s.charAt(i) != ':') return null;
                sec = digits(s, i + 1, 2);
                i += 3;
            }
            if (i != n || mi < 0 || sec < 0) return null;
        }
        if (mo < 1 || mo > 12 || d < 1 || d > 28 && d > java.time.YearMonth.of(y, mo).lengthOfMonth() || h > 23 || mi > 59 || sec > 59) {
            return null;
        }
        return LocalDateTime.of(y, mo, d, h, mi, sec);
    }

    private static boolean isDigit(char c) { return c >= '0' && c <= '9'; }

    private static int digits(String s, int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return -1;
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** A month as YYYY-MM from 2024-03, 2024/3, 202403, 2024年3月 or a date in that month. */
    public static String parsePeriod(String raw) {
        String s = NumberParser.fullWidthToAscii(raw).strip();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(\\d{4})\\s*(?:[-/.年])?\\s*(\\d{1,2})\\s*(?:月)?$").matcher(s);
        if (m.matches()) {
            int month = Integer.parseInt(m.group(2));
            if (month < 1 || month > 12) throw new BadDateException("import.reason.date_no_such_month");
            return String.format(Locale.ROOT, "%s-%02d", m.group(1), month);
        }
        LocalDate d = parseDate(s, null);
        return String.format(Locale.ROOT, "%04d-%02d", d.getYear(), d.getMonthValue());
    }
}
