package org.salestrack.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.salestrack.model.Message;
import org.salestrack.model.RuleHit;
import org.salestrack.model.SaleFact;
import org.salestrack.model.Severity;

/**
 * One IMEI bound to two or more waybills: a device can ship only once. Repeated order lines are included
 * on purpose, since a re-export that changed the waybill is exactly this conflict. The line with the first
 * waybill counts; each line bound to another waybill is held, since it counts the same device again.
 */
public final class ImeiWaybillRule implements Rule {
    public static final String ID = "imei-waybill";

    @Override public String id() { return ID; }

    @Override public Severity defaultSeverity() { return Severity.ERROR; }

    @Override public String description() {
        return "One IMEI is bound to two or more waybills.";
    }

    @Override public List<RuleParameter> parameters() { return List.of(); }

    @Override
    public List<RuleHit> check(ValidationInput input, RuleParameters params, Severity severity) {
        List<SaleFact> sales = input.sales();
        Map<String, Integer> firstIndex = new HashMap<>();
        Map<String, Set<String>> waybills = new HashMap<>();
        for (int i = 0; i < sales.size(); i++) {
            SaleFact f = sales.get(i);
            if (Hits.blank(f.imei()) || Hits.blank(f.waybill())) continue;
            Integer first = firstIndex.putIfAbsent(f.imei(), i);
            if (first != null && !sales.get(first).waybill().equals(f.waybill())) {
                waybills.computeIfAbsent(f.imei(), k -> new LinkedHashSet<>(List.of(sales.get(first).waybill())))
                        .add(f.waybill());
            }
        }
        List<RuleHit> hits = new ArrayList<>();
        if (waybills.isEmpty()) return hits;
        for (int i = 0; i < sales.size(); i++) {
            SaleFact f = sales.get(i);
            Set<String> all = Hits.blank(f.imei()) ? null : waybills.get(f.imei());
            if (all == null || Hits.blank(f.waybill())) continue;
            SaleFact first = sales.get(firstIndex.get(f.imei()));
            if (first.waybill().equals(f.waybill())) continue;
            hits.add(Hits.sale(ID, severity, f, Message.of("rule.imei_waybill", f.imei(), f.waybill(),
                    first.waybill(), Hits.where(first), all.size())));
        }
        return hits;
    }
}
