package org.salestrack.ingest.profile;

/**
 * How one canonical field is filled: from a source column (optionally with a date or number format)
 * or from a constant. Exactly one of column and constant is set.
 */
public record FieldMapping(String column, String format, String constant) {
    public static FieldMapping column(String column) { return new FieldMapping(column, null, null); }

    public static FieldMapping column(String column, String format) { return new FieldMapping(column, format, null); }

    public static FieldMapping constant(String value) { return new FieldMapping(null, null, value); }

    public boolean isConstant() { return constant != null; }
}
