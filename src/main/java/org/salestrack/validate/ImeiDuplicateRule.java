package org.salestrack.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.salestrack.model.RuleHit;
import org.salestrack.model.SaleFact;
import org.salestrack.model.Severity;

/**
 * One device sold more than once: the first sale counts, every later one is held. Repeats of the same order
 * line are left to duplicate-line, refunds and voids are not sales, and malformed IMEIs are left to
 * imei-invalid, so one planted problem is reported by one rule.
 */
public final class ImeiDuplicateRule implements Rule {
    public static final String ID = "imei-duplicate";

    @Override public String id() { return ID; }

    @Override public Severity defaultSeverity() { return Severity.ERROR; }

    @Override public String description() {
        return "The same IMEI is sold more than once; the first sale counts and the later ones are held.";
    }

    @Override public List<RuleParameter> parameters() { return List.of(); }

    @Override
    public List<RuleHit> check(ValidationInput input, RuleParameters params, Severity severity) {
        List<SaleFact> sales = input.sales();
        boolean[] counted = new boolean[sales.size()];
        for (int i = 0; i < counted.length; i++) counted[i] = counts(input, i);
        Map<String, int[]> firstAndCount = new HashMap<>(Math.max(16, sales.size() * 4 / 3));
        for (int i = 0; i < sales.size(); i++) {
            if (!counted[i]) continue;
            int index = i;
            firstAndCount.computeIfAbsent(sales.get(i).imei(), k -> new int[] {index, 0})[1]++;
        }
        List<RuleHit> hits = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < sales.size(); i++) {
            if (!counted[i]) continue;
            SaleFact f = sales.get(i);
            int[] fc = firstAndCount.get(f.imei());
            if (fc[1] < 2 || fc[0] == i) continue;
            int ordinal = seen.merge(f.imei(), 2, (a, b) -> a + 1);
            SaleFact first = sales.get(fc[0]);
            hits.add(Hits.sale(ID, severity, f, "IMEI " + f.imei() + " is sold " + fc[1] + " times; this is sale "
                    + ordinal + " of " + fc[1] + ". It was first sold on " + first.saleDate() + " at "
                    + Hits.where(first) + "."));
        }
        return hits;
    }

    private static boolean counts(ValidationInput input, int i) {
        SaleFact f = input.sales().get(i);
        return f.isSale() && !input.isDuplicate(i) && !Hits.blank(f.imei()) && Imei.isValid(f.imei());
    }
}
