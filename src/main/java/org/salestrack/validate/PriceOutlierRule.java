package org.salestrack.validate;

import java.util.List;
import java.util.function.Consumer;
import org.salestrack.model.Message;
import org.salestrack.model.RuleHit;
import org.salestrack.model.SaleFact;
import org.salestrack.model.Severity;

/**
 * A unit price outside a band around the SKU's list price. A warning by default: deep promotions and
 * bundles are legitimate, but a price far off the list is also the typo that puts a zero too many in revenue.
 */
public final class PriceOutlierRule implements Rule {
    public static final String ID = "price-outlier";
    static final String MIN_SHARE = "minShareOfList";
    static final String MAX_SHARE = "maxShareOfList";

    @Override public String id() { return ID; }

    @Override public Severity defaultSeverity() { return Severity.WARNING; }

    @Override public String description() {
        return "The unit price lies outside a band around the SKU's list price.";
    }

    @Override public List<RuleParameter> parameters() {
        return List.of(
                RuleParameter.decimal(MIN_SHARE, 0.5, 0, 1, "lowest unit price allowed, as a share of list price"),
                RuleParameter.decimal(MAX_SHARE, 1.2, 1, 100, "highest unit price allowed, as a share of list price"));
    }

    @Override
    public LineScan scan(ScanContext context, RuleParameters params, Severity severity, Consumer<RuleHit> out) {
        double low = params.decimal(MIN_SHARE);
        double high = params.decimal(MAX_SHARE);
        return new LineScan() {
            @Override public void line(int i, SaleFact f) {
                Long list = f.listPriceE4();
                if (list == null || list <= 0 || !f.isSale() || context.isDuplicate(i)) return;
                long price = f.unitPriceE4();
                if (price >= list * low && price <= list * high) return;
                out.accept(Hits.sale(ID, severity, f, Message.of("rule.price_outlier", Hits.money(price),
                        Hits.percent((double) price / list), f.sku(), Hits.money(list), Hits.percent(low), Hits.percent(high))));
            }
        };
    }
}
