package org.salestrack.validate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    public List<RuleHit> check(ValidationInput input, RuleParameters params, Severity severity) {
        List<SaleFact> sales = input.sales();
        // a valid IMEI is 15 digits, so it fits a long: find the repeated ones with a primitive sort
        long[] values = new long[sales.size()];
        int counted = 0;
        for (int i = 0; i < sales.size(); i++) {
            if (counts(input, i)) values[counted++] = Long.parseLong(sales.get(i).imei());
        }
        long[] sorted = Arrays.copyOf(values, counted);
        Arrays.sort(sorted);
        Set<String> repeated = new HashSet<>();
        for (int i = 1; i < counted; i++) {
            if (sorted[i] == sorted[i - 1]) repeated.add(String.format(Locale.ROOT, "%015d", sorted[i]));
        }
        // per repeated IMEI: the first line of each distinct order, in input order
        Map<String, List<Integer>> ordersByImei = new LinkedHashMap<>();
        for (int i = 0; i < sales.size(); i++) {
            SaleFact f = sales.get(i);
            if (!repeated.contains(f.imei()) || !counts(input, i)) continue;
            List<Integer> firsts = ordersByImei.computeIfAbsent(f.imei(), k -> new ArrayList<>());
            if (firsts.stream().noneMatch(j -> sameOrder(sales.get(j), f))) firsts.add(i);
        }
        List<RuleHit> hits = new ArrayList<>();
        for (int i = 0; i < sales.size(); i++) {
            SaleFact f = sales.get(i);
            List<Integer> firsts = repeated.contains(f.imei()) ? ordersByImei.get(f.imei()) : null;
            if (firsts == null || firsts.size() < 2 || firsts.get(0) == i || !firsts.contains(i)) continue;
            int n = firsts.indexOf(i) + 1;
            SaleFact first = sales.get(firsts.get(0));
            hits.add(Hits.sale(ID, severity, f, Message.of("rule.imei_duplicate", f.imei(), firsts.size(), orderName(f),
                    n, first.saleDate(), orderName(first), Hits.where(first))));
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
