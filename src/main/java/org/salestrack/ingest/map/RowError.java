package org.salestrack.ingest.map;

/** Why one source row could not be used: the row, column, value and reason a user can act on. */
public record RowError(int row, String column, String value, String reason) {
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("row ").append(row);
        if (column != null) b.append(", column '").append(column).append('\'');
        if (value != null) b.append(", value '").append(value.length() > 60 ? value.substring(0, 60) + "…" : value).append('\'');
        return b.append(": ").append(reason).toString();
    }
}
