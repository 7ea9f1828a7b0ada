package org.salestrack.model;

import java.util.Map;

/**
 * One mapped row of a non-sales kind: canonical field name to a typed value (String, Long, Double,
 * LocalDate, LocalDateTime; money as Long e4; provinces as GB/T 2260 codes where recognised).
 */
public record CanonicalRow(int sourceRow, Map<String, Object> values) {
    public String text(String field) {
        Object v = values.get(field);
        return v == null ? null : v.toString();
    }

    public Long whole(String field) { return (Long) values.get(field); }

    public Double real(String field) { return (Double) values.get(field); }

    public Object get(String field) { return values.get(field); }
}
