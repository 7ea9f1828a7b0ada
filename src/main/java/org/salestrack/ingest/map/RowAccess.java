package org.salestrack.ingest.map;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.salestrack.ingest.profile.MappingProfile;
import org.salestrack.ingest.read.ImportReasons;
import org.salestrack.model.Message;
import org.salestrack.model.Money;
import org.salestrack.model.Provinces;

/**
 * Reads canonical fields out of one source row through a profile: resolves each field to its column
 * index once per file, then gives typed values or a {@link FieldException} naming column, value and reason.
 */
public final class RowAccess {
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<String, String> constants = new HashMap<>();
    private final Map<String, String> columnOf = new HashMap<>();
    private final Map<String, DateTimeFormatter> formats = new HashMap<>();
    /** the profile's own pattern text per date field, for messages (a formatter prints its internals) */
    private final Map<String, String> patterns = new HashMap<>();
    private final Set<String> ymdFormats = new HashSet<>();
    private final char decimal;
    private List<String> row;

    public RowAccess(MappingProfile profile, List<String> header) {
        this.decimal = profile.format().decimal();
        Map<String, Integer> byName = new HashMap<>();
        for (int i = 0; i < header.size(); i++) byName.putIfAbsent(HeaderMatcher.normalise(header.get(i)), i);
        profile.fields().forEach((field, m) -> {
            if (m.isConstant()) {
                constants.put(field, m.constant());
                return;
            }
            Integer i = byName.get(HeaderMatcher.normalise(m.column()));
            if (i != null) {
                index.put(field, i);
                columnOf.put(field, m.column());
            }
            if (m.format() != null && isDateField(field)) {
                formats.put(field, DateParser.compile(m.format()));
                patterns.put(field, m.format());
                if (DateParser.isYmdPattern(m.format())) ymdFormats.add(field);
            }
        });
    }

    private static boolean isDateField(String field) {
        return switch (org.salestrack.model.FieldType.of(field)) {
            case DATE, DATE_TIME -> true;
            default -> false;
        };
    }

    /** The fields the profile maps whose column is missing from this file's header. */
    public List<String> missing(MappingProfile profile) {
        return profile.fields().entrySet().stream()
                .filter(e -> !e.getValue().isConstant() && !index.containsKey(e.getKey()))
                .map(Map.Entry::getKey).toList();
    }

    public void use(List<String> cells) { this.row = cells; }

    public boolean has(String field) { return index.containsKey(field) || constants.containsKey(field); }

    public String column(String field) { return columnOf.getOrDefault(field, field); }

    /** The trimmed text of a field, or null when unmapped or blank. */
    public String text(String field) {
        String c = constants.get(field);
        if (c != null) return c.isEmpty() ? null : c;
        Integer i = index.get(field);
        if (i == null || i >= row.size()) return null;
        String v = row.get(i);
        return v == null || v.isBlank() ? null : v.strip();
    }

    public String required(String field) {
        String v = text(field);
        if (v == null) throw new FieldException(column(field), "", Message.of("import.reason.required_empty", field));
        return v;
    }

    public BigDecimal decimal(String field) {
        String v = text(field);
        if (v == null) return null;
        try {
            return NumberParser.parse(v, decimal);
        } catch (NumberFormatException e) {
            throw new FieldException(column(field), v, Message.of("import.reason.not_a_number", numberReason(e)));
        }
    }

    public Long whole(String field) {
        BigDecimal d = decimal(field);
        if (d == null) return null;
        try {
            return d.stripTrailingZeros().longValueExact();
        } catch (ArithmeticException e) {
            throw new FieldException(column(field), text(field), Message.of("import.reason.not_whole"));
        }
    }

    /** Money exactly as written: a value with more decimals than the store keeps is a bad cell, never rounded. */
    public Long e4(String field) {
        BigDecimal d = decimal(field);
        if (d == null) return null;
        if (!Money.fits(d)) {
            throw new FieldException(column(field), text(field), Message.of("import.reason.too_many_decimals"));
        }
        try {
            return Money.toE4(d);
        } catch (ArithmeticException e) {
            throw new FieldException(column(field), text(field), Message.of("import.reason.amount_too_large"));
        }
    }

    public Double real(String field) {
        BigDecimal d = decimal(field);
        return d == null ? null : d.doubleValue();
    }

    /** A share (discount rate, resolution rate) as 0..1: "15%", "0.15" and "15" all read 0.15. */
    public Double share(String field) {
        BigDecimal d = decimal(field);
        if (d == null) return null;
        double v = d.doubleValue();
        return v > 1.0 ? v / 100.0 : v;
    }

    public LocalDateTime dateTime(String field) {
        String v = text(field);
        if (v == null) return null;
        try {
            DateTimeFormatter f = formats.get(field);
            return DateParser.parseDateTime(v, f, f == null || ymdFormats.contains(field));
        } catch (DateTimeException e) {
            Object f = formats.containsKey(field) ? Message.of("import.reason.date_expected", profileFormat(field)) : "";
            throw new FieldException(column(field), v, Message.of("import.reason.not_a_date", BadDateException.of(e), f));
        }
    }

    private String profileFormat(String field) { return patterns.get(field); }

    public LocalDate date(String field) {
        LocalDateTime t = dateTime(field);
        return t == null ? null : t.toLocalDate();
    }

    public String period(String field) {
        String v = text(field);
        if (v == null) return null;
        try {
            return DateParser.parsePeriod(v);
        } catch (DateTimeException e) {
            throw new FieldException(column(field), v, Message.of("import.reason.not_a_month", BadDateException.of(e)));
        }
    }

    /** A GB/T 2260 code for a Chinese province spelling, else the text as given. */
    public String province(String field) {
        String v = text(field);
        if (v == null) return null;
        return Provinces.get().normalise(v).orElse(v);
    }

    public Boolean flag(String field) {
        String v = text(field);
        if (v == null) return null;
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "1", "true", "yes", "y", "是", "到店自提", "自提" -> true;
            case "0", "false", "no", "n", "否", "快递" -> false;
            default -> throw new FieldException(column(field), v, Message.of("import.reason.not_yes_no"));
        };
    }

    private static Message numberReason(NumberFormatException e) {
        return e instanceof BadNumberException b ? b.reason() : ImportReasons.verbatim(e.getMessage());
    }

    /** A value of the field's canonical type, for kinds mapped generically. */
    public Object typed(String field) {
        return switch (org.salestrack.model.FieldType.of(field)) {
            case INTEGER -> whole(field);
            case MONEY -> e4(field);
            case DECIMAL -> real(field);
            case SHARE -> share(field);
            case DATE -> date(field);
            case DATE_TIME -> dateTime(field);
            case PERIOD -> period(field);
            case PROVINCE -> province(field);
            case BOOLEAN -> flag(field);
            case TEXT -> text(field);
        };
    }

}
