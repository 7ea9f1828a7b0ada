package org.salestrack.ui.imports;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.salestrack.ingest.profile.FieldMapping;

/**
 * One canonical field and where it comes from: a column of the file, "=text" for a constant, or empty
 * for unmapped. A date format typed after a column as "column | yyyy-MM-dd" is kept as the field's format.
 */
public final class MappingRow {
    private final String field;
    private final boolean required;
    private final StringProperty source = new SimpleStringProperty("");

    public MappingRow(String field, boolean required, FieldMapping current) {
        this.field = field;
        this.required = required;
        source.set(text(current));
    }

    public String field() { return field; }

    public boolean required() { return required; }

    public StringProperty sourceProperty() { return source; }

    static String text(FieldMapping m) {
        if (m == null) return "";
        if (m.isConstant()) return "=" + m.constant();
        return m.format() == null ? m.column() : m.column() + " | " + m.format();
    }

    /** The mapping this row says, or null when the field is left unmapped. */
    public FieldMapping mapping() {
        String s = source.get() == null ? "" : source.get().strip();
        if (s.isEmpty()) return null;
        if (s.startsWith("=")) return FieldMapping.constant(s.substring(1).strip());
        int bar = s.lastIndexOf(" | ");
        if (bar > 0) return FieldMapping.column(s.substring(0, bar).strip(), s.substring(bar + 3).strip());
        return FieldMapping.column(s);
    }

    /** The column this field reads, for labelling the preview, or null. */
    public String column() {
        FieldMapping m = mapping();
        return m == null || m.isConstant() ? null : m.column();
    }
}
