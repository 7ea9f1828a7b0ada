package org.salestrack.analytics.dealer;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.salestrack.model.dealer.DealerRow;
import org.salestrack.model.dealer.ProvinceDealers;

/** Sums a ranking's dealers by registered province, and keeps a province's dealers. Pure. */
public final class DealerProvinces {
    private DealerProvinces() {}

    /** By province code; a dealer without a registered province is left out. */
    public static Map<String, ProvinceDealers> of(List<DealerRow> rows) {
        Map<String, ProvinceDealers> out = new TreeMap<>();
        for (DealerRow r : rows) {
            String code = r.card().dealer().province();
            if (code == null || code.isBlank()) continue;
            ProvinceDealers p = out.getOrDefault(code, new ProvinceDealers(code, r.card().dealer().provinceName(), 0, 0, 0, 0, 0));
            out.put(code, new ProvinceDealers(code, p.provinceName(), p.dealers() + 1, p.salesE4() + r.card().salesE4(),
                    p.a() + (r.grade() == org.salestrack.model.dealer.Grade.A ? 1 : 0), p.b() + (r.grade() == org.salestrack.model.dealer.Grade.B ? 1 : 0),
                    p.c() + (r.grade() == org.salestrack.model.dealer.Grade.C ? 1 : 0)));
        }
        return out;
    }

    /** The rows of dealers registered in {@code province}; all rows when it is null. */
    public static List<DealerRow> in(List<DealerRow> rows, String province) {
        if (province == null) return rows;
        return rows.stream().filter(r -> province.equals(r.card().dealer().province())).toList();
    }
}
