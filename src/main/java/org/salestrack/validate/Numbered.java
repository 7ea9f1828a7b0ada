package org.salestrack.validate;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.salestrack.model.RuleHit;
import org.salestrack.model.SaleFact;

/** A line with its number in import order, for the rules that report at the end but list their hits in input order. */
record Numbered(int i, SaleFact line) {

    /** Emits {@code hits} (one per entry of {@code lines}) ordered by their lines' numbers. */
    static void emitInOrder(List<Numbered> lines, List<RuleHit> hits, Consumer<RuleHit> out) {
        Integer[] order = new Integer[lines.size()];
        for (int k = 0; k < order.length; k++) order[k] = k;
        Arrays.sort(order, (a, b) -> Integer.compare(lines.get(a).i(), lines.get(b).i()));
        for (int k : order) out.accept(hits.get(k));
    }
}
