package org.salestrack.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
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
    public LineScan scan(ScanContext context, RuleParameters params, Severity severity, Consumer<RuleHit> out) {
        Map<String, Bound> byImei = new HashMap<>();
        return new LineScan() {
            @Override public void line(int i, SaleFact f) {
                if (Hits.blank(f.imei()) || Hits.blank(f.waybill()) || !context.mayRepeat(f.imei())) return;
                Bound b = byImei.get(f.imei());
                if (b == null) {
                    byImei.put(f.imei(), new Bound(f));
                } else if (!b.first.waybill().equals(f.waybill())) {
                    if (b.waybills == null) b.waybills = new LinkedHashSet<>(List.of(b.first.waybill()));
                    b.waybills.add(f.waybill());
                    b.others.add(new Numbered(i, f));
                }
            }

            @Override public void end() {
                List<Numbered> lines = new ArrayList<>();
                List<RuleHit> hits = new ArrayList<>();
                for (Bound b : byImei.values()) {
                    if (b.waybills == null) continue;
                    for (Numbered n : b.others) {
                        SaleFact f = n.line();
                        lines.add(n);
                        hits.add(Hits.sale(ID, severity, f, Message.of("rule.imei_waybill", f.imei(), f.waybill(),
                                b.first.waybill(), Hits.where(b.first), b.waybills.size())));
                    }
                }
                Numbered.emitInOrder(lines, hits, out);
            }
        };
    }

    /** An IMEI's first line with a waybill, and once another waybill turns up, every waybill and the lines bound to the others. */
    private static final class Bound {
        final SaleFact first;
        Set<String> waybills;
        final List<Numbered> others = new ArrayList<>(1);

        Bound(SaleFact first) { this.first = first; }
    }
}
