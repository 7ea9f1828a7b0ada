package org.salestrack.ingest.profile;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.salestrack.model.RecordKind;

/** A mapping profile (DESIGN.md): how one source's files map onto one record kind. */
public record MappingProfile(String name, RecordKind kind, FormatSpec format, Map<String, FieldMapping> fields) {
    public MappingProfile {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** The source columns the profile reads, in field order. */
    public List<String> columns() {
        return fields.values().stream().filter(f -> !f.isConstant()).map(FieldMapping::column).distinct().toList();
    }

    public boolean maps(String field) { return fields.containsKey(field); }
}
