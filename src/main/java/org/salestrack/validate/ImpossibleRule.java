package org.salestrack.validate;

import java.util.ArrayList;
import java.util.List;
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
    public List<RuleHit> check(ValidationInput input, RuleParameters params, Severity severity) {
        long grace = params.integer(GRACE);
        long today = input.today().toEpochDay();
        List<RuleHit> hits = new ArrayList<>();
        List<SaleFact> sales = input.sales();
        for (int i = 0; i < sales.size(); i++) {
            if (input.isDuplicate(i)) continue;
            SaleFact f = sales.get(i);
            long day = f.saleDate().toEpochDay();
            boolean future = day > today;
            boolean early = f.skuLaunch() != null && day < f.skuLaunch().toEpochDay() - grace;
            boolean noQty = f.qty() <= 0 && f.status() == SaleStatus.PAID;
            if (!future && !early && !noQty) continue;
            List<Message> reasons = new ArrayList<>(3);
            if (future) {
                reasons.add(Message.of("rule.impossible.future", f.saleDate(), input.today()));
            }
            if (early) {
                reasons.add(grace > 0
                        ? Message.of("rule.impossible.early_grace", f.saleDate(), f.sku(), f.skuLaunch(), grace)
                        : Message.of("rule.impossible.early", f.saleDate(), f.sku(), f.skuLaunch()));
            }
            if (noQty) {
                reasons.add(Message.of("rule.impossible.qty", f.qty()));
            }
            if (!reasons.isEmpty()) {
                hits.add(Hits.sale(ID, severity, f, line(reasons)));
            }
        }
        return hits;
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
