package org.salestrack.validate;

import java.util.List;
import java.util.function.Consumer;
import org.salestrack.model.Message;
import org.salestrack.model.RuleHit;
import org.salestrack.model.SaleFact;
import org.salestrack.model.Severity;

/**
 * The same order line (channel, order id, SKU, line number) seen again, in the same file or another:
 * the first one seen counts, every repeat is held. Hand entry double-counts 15-20% during promotions.
 */
public final class DuplicateLineRule implements Rule {
    public static final String ID = "duplicate-line";

    @Override public String id() { return ID; }

    @Override public Severity defaultSeverity() { return Severity.ERROR; }

    @Override public String description() {
        return "The same order line (channel, order, SKU, line) appears again; it is counted once and the repeats held.";
    }

    @Override public List<RuleParameter> parameters() { return List.of(); }

    @Override
    public LineScan scan(ScanContext context, RuleParameters params, Severity severity, Consumer<RuleHit> out) {
        return new LineScan() {
            @Override public void line(int i, SaleFact f) {
                if (!context.isDuplicate(i)) return;
                SaleFact first = context.original(i);
                out.accept(Hits.sale(ID, severity, f, Message.of("rule.duplicate_line", f.orderId(), f.channel(),
                        f.sku(), f.qty(), Hits.money(f.amountE4()), Hits.where(first))));
            }
        };
    }
}
