package org.salestrack.ingest.map;

import java.util.LinkedHashMap;
import java.util.Map;
import org.salestrack.ingest.Pseudonymiser;
import org.salestrack.model.CanonicalRow;
import org.salestrack.model.Message;
import org.salestrack.model.RecordKind;

/** Maps a row of any kind but sales onto typed canonical values. */
public final class GenericMapper {
    private final RowAccess r;
    private final RecordKind kind;
    private final Pseudonymiser pseudonymiser;

    public GenericMapper(RowAccess access, RecordKind kind, Pseudonymiser pseudonymiser) {
        this.r = access;
        this.kind = kind;
        this.pseudonymiser = pseudonymiser;
    }

    CanonicalRow map(int sourceRow) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (String f : kind.fields()) {
            if (!r.has(f)) continue;
            Object v = r.typed(f);
            if (v != null) values.put(f, v);
        }
        for (String f : kind.required()) {
            if (!values.containsKey(f)) throw new FieldException(r.column(f), "", Message.of("import.reason.required_empty", f));
        }
        if (values.containsKey("customer_id")) {
            values.put("customer_id", pseudonymiser.pseudonym((String) values.get("customer_id"), null, null));
        }
        return new CanonicalRow(sourceRow, values);
    }
}
