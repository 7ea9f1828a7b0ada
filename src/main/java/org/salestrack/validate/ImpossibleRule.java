package org.salestrack.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.salestrack.model.Message;
import org.salestrack.model.RuleHit;
import org.salestrack.model.SaleFact;
import org.salestrack.model.SaleStatus;
import org.salestrack.model.Severity;

/**
 * Lines that cannot be true: sold after today, sold before the SKU launched (less a grace for pre-orders),
 * or a zero or negative quantity on a line that is neither a refund nor a cancellation.
 * One hit per line, naming every reason it fails.
 */
public final class ImpossibleRule implements Rule {
    public static final String ID = "impossible";
    static final String GRACE = "launchGraceDays";

    @Override public String id() { return ID; }

    @Override public Severity defaultSeverity() { return Severity.ERROR; }

    @Override public String description() {
        return "A future date, a sale before the SKU's launch, or a zero or negative quantity without a refund status.";
    }

    @Override public List<RuleParameter> parameters() {
        return List.of(RuleParameter.integer(GRACE, 0, 0, 365, "days before launch a pre-order may be dated"));
    }

    @Override
    public LineScan scan(ScanContext context, RuleParameters params, Severity severity, Consumer<RuleHit> out) {
        long grace = params.integer(GRACE);
        long today = context.today().toEpochDay();
        return new LineScan() {
            @Override public void line(int i, SaleFact f) {
                if (context.isDuplicate(i)) return;
                long day = f.saleDate().toEpochDay();
                boolean future = day > today;
                boolean early = f.skuLaunch() != null && day < f.skuLaunch().toEpochDay() - grace;
                boolean noQty = f.qty() <= 0 && f.status() == SaleStatus.PAID;
                if (!future && !early && !noQty) return;
                List<Message> reasons = new ArrayList<>(3);
                if (future) {
                    reasons.add(Message.of("rule.impossible.future", f.saleDate(), context.today()));
                }
                if (early) {
                    reasons.add(grace > 0
                            ? Message.of("rule.impossible.early_grace", f.saleDate(), f.sku(), f.skuLaunch(), grace)
                            : Message.of("rule.impossible.early", f.saleDate(), f.sku(), f.skuLaunch()));
                }
                if (noQty) {
                    reasons.add(Message.of("rule.impossible.qty", f.qty()));
                }
                out.accept(Hits.sale(ID, severity, f, ImpossibleRule.line(reasons)));
            }
        };
    }

    /** "Impossible line: " and the reasons, one key per count so each language joins them its own way. */
    private static Message line(List<Message> reasons) {
        Object[] args = reasons.toArray();
        return switch (reasons.size()) {
            case 1 -> Message.of("rule.impossible.one", args);
            case 2 -> Message.of("rule.impossible.two", args);
            default -> Message.of("rule.impossible.three", args);
        };
    }
}
