package org.salestrack.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One row as stored (or, for a row that was never stored, as read): field name to text, in a stable order,
 * for showing beside an issue. {@code rowId} is null for a row that was never stored.
 */
public record SourceRow(Long rowId, long batchId, int sourceRow, Map<String, String> fields) {

    public SourceRow {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }
}
