package org.salestrack.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    public List<RuleHit> check(ValidationInput input, RuleParameters params, Severity severity) {
        List<SaleFact> sales = input.sales();
        boolean[] counted = new boolean[sales.size()];
        for (int i = 0; i < counted.length; i++) counted[i] = counts(input, i);
        // per IMEI: the first line of each distinct order, in input order
        Map<String, Object> ordersByImei = new HashMap<>(Math.max(16, sales.size() * 4 / 3));
        for (int i = 0; i < sales.size(); i++) {
            if (!counted[i]) continue;
            SaleFact f = sales.get(i);
            Object seen = ordersByImei.get(f.imei());
            if (seen == null) {
                ordersByImei.put(f.imei(), i);
            } else if (seen instanceof Integer first) {
                if (!sameOrder(sales.get(first), f)) ordersByImei.put(f.imei(), new ArrayList<>(List.of(first, i)));
            } else {
                @SuppressWarnings("unchecked")
                List<Integer> firsts = (List<Integer>) seen;
                if (firsts.stream().noneMatch(j -> sameOrder(sales.get(j), f))) firsts.add(i);
            }
        }
        List<RuleHit> hits = new ArrayList<>();
        Map<String, Integer> ordinal = new HashMap<>();
        for (int i = 0; i < sales.size(); i++) {
            if (!counted[i]) continue;
            SaleFact f = sales.get(i);
            if (!(ordersByImei.get(f.imei()) instanceof List<?> firsts) || !firsts.contains(i) || firsts.get(0).equals(i)) {
                continue;
            }
            int n = ordinal.merge(f.imei(), 2, (a, b) -> a + 1);
            SaleFact first = sales.get((Integer) firsts.get(0));
            hits.add(Hits.sale(ID, severity, f, "IMEI " + f.imei() + " is sold in " + firsts.size() + " different orders; "
                    + "this order (" + orderName(f) + ") is sale " + n + " of " + firsts.size() + ". It was first sold on "
                    + first.saleDate() + " in order " + orderName(first) + " at " + Hits.where(first) + "."));
        }
        return hits;
    }

    private static boolean sameOrder(SaleFact a, SaleFact b) {
        return a.orderId() != null && a.orderId().equals(b.orderId()) && a.channel().equals(b.channel());
    }

    private static String orderName(SaleFact f) {
        return Hits.blank(f.orderId()) ? "#" + f.rowId() : f.orderId();
    }

    private static boolean counts(ValidationInput input, int i) {
        SaleFact f = input.sales().get(i);
        return f.isSale() && !input.isDuplicate(i) && !Hits.blank(f.imei()) && Imei.isValid(f.imei());
    }
}
