package org.salestrack.ingest.map;

import java.util.LinkedHashMap;
import java.util.Map;
import org.salestrack.ingest.Pseudonymiser;
import org.salestrack.model.CanonicalRow;
import org.salestrack.model.Message;
import org.salestrack.model.RecordKind;
import org.salestrack.model.market.EventKind;
import org.salestrack.model.market.ProvinceList;

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
        if (kind == RecordKind.COMPETITOR_EVENT) {
            String event = (String) values.get("event");
            EventKind k = EventKind.parse(event);
            if (k == null) throw new FieldException(r.column("event"), event, Message.of("market.import.unknown_event"));
            values.put("event", k.id());
        }
        if ((kind == RecordKind.COMPETITOR_EVENT || kind == RecordKind.POLICY) && r.has("region")) {
            String region = (String) values.get("region");
            try {
                values.put("region", ProvinceList.join(ProvinceList.parse(region)));
            } catch (IllegalArgumentException e) {
                throw new FieldException(r.column("region"), region, Message.of("market.import.unknown_region"));
            }
        }
        if (values.containsKey("customer_id")) {
            values.put("customer_id", pseudonymiser.pseudonym((String) values.get("customer_id"), null, null));
        }
        return new CanonicalRow(sourceRow, values);
    }
}
