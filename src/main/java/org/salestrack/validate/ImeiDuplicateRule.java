package org.salestrack.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.salestrack.model.Message;
import org.salestrack.model.RuleHit;
import org.salestrack.model.SaleFact;
import org.salestrack.model.Severity;

/**
 * One device sold in more than one order: the first order counts, the first line of every later order is
 * held. The same IMEI twice within one order is imei-waybill's business, repeats of the same order line are
 * duplicate-line's, refunds and voids are not sales, and malformed IMEIs are imei-invalid's, so one
 * planted problem is reported by one rule.
 */
public final class ImeiDuplicateRule implements Rule {
    public static final String ID = "imei-duplicate";

    @Override public String id() { return ID; }

    @Override public Severity defaultSeverity() { return Severity.ERROR; }

    @Override public String description() {
        return "The same IMEI is sold in more than one order; the first counts and the later ones are held.";
    }

    @Override public List<RuleParameter> parameters() { return List.of(); }

    @Override
    public LineScan scan(ScanContext context, RuleParameters params, Severity severity, Consumer<RuleHit> out) {
        // per IMEI that may repeat: the first line of each distinct order, in input order
        Map<String, List<Numbered>> ordersByImei = new HashMap<>();
        return new LineScan() {
            @Override public void line(int i, SaleFact f) {
                if (!counts(context, i, f) || !context.mayRepeat(f.imei())) return;
                List<Numbered> firsts = ordersByImei.computeIfAbsent(f.imei(), k -> new ArrayList<>(2));
                if (firsts.stream().noneMatch(j -> sameOrder(j.line(), f))) firsts.add(new Numbered(i, f));
            }

            @Override public void end() {
                List<Numbered> later = new ArrayList<>();
                List<RuleHit> hits = new ArrayList<>();
                for (List<Numbered> firsts : ordersByImei.values()) {
                    if (firsts.size() < 2) continue;
                    SaleFact first = firsts.get(0).line();
                    for (int n = 2; n <= firsts.size(); n++) {
                        SaleFact f = firsts.get(n - 1).line();
                        later.add(new Numbered(firsts.get(n - 1).i(), f));
                        hits.add(Hits.sale(ID, severity, f, Message.of("rule.imei_duplicate", f.imei(), firsts.size(), orderName(f),
                                n, first.saleDate(), orderName(first), Hits.where(first))));
                    }
                }
                Numbered.emitInOrder(later, hits, out);
            }
        };
    }

    private static boolean sameOrder(SaleFact a, SaleFact b) {
        return a.orderId() != null && a.orderId().equals(b.orderId()) && a.channel().equals(b.channel());
    }

    private static String orderName(SaleFact f) {
        return Hits.blank(f.orderId()) ? "#" + f.rowId() : f.orderId();
    }

    private static boolean counts(ScanContext context, int i, SaleFact f) {
        return f.isSale() && !context.isDuplicate(i) && !Hits.blank(f.imei()) && Imei.isValid(f.imei());
    }
}
