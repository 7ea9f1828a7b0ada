package org.salestrack.analytics.alert;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.salestrack.model.Message;
import org.salestrack.model.alert.AlertFinding;
import org.salestrack.model.alert.AlertLink;
import org.salestrack.model.alert.AlertRuleSetting;
import org.salestrack.model.alert.BatchErrors;
import org.salestrack.model.alert.StuffedMonth;
import org.salestrack.model.dealer.Grade;
import org.salestrack.model.inventory.SlowMover;
import org.salestrack.model.inventory.StockPosition;
import org.salestrack.model.marketing.CampaignImpact;

/**
 * What the other modules found, as alerts with their figures: data-quality errors of a new batch, a
 * dealer's unexplained sell-in, slow movers, stock-out risk, campaigns that lost money, dealer grade changes.
 * Each module judged its own case already; these rules only decide which cases are news and how to say so.
 */
public final class ModuleFindings {
    private ModuleFindings() {}

    /** Error findings at least the threshold (default one) in a batch. */
    public static List<AlertFinding> dataQuality(AlertRuleSetting s, List<BatchErrors> batches) {
        List<AlertFinding> out = new ArrayList<>();
        if (!s.enabled()) return out;
        for (BatchErrors b : batches) {
            if (b.errors() < Math.max(1, s.threshold())) continue;
            Double share = b.stored() + b.errors() == 0 ? null : (double) b.errors() / Math.max(1, b.stored());
            out.add(new AlertFinding(s.rule(), s.severity(), "batch:" + b.batch(), b.file(), b.day(), (double) b.errors(), (double) b.stored(),
                    share, Message.of("alerts.why.quality", b.file(), String.valueOf(b.batch()), Figures.units(b.errors()), Figures.units(b.stored())),
                    new AlertLink("quality", null, null, Map.of("batch", String.valueOf(b.batch())))));
        }
        return out;
    }

    /** Sell-in beyond sell-out plus the stock change by more than the threshold (a share; 0: every flagged month). */
    public static List<AlertFinding> stuffing(AlertRuleSetting s, List<StuffedMonth> months) {
        List<AlertFinding> out = new ArrayList<>();
        if (!s.enabled()) return out;
        for (StuffedMonth m : months) {
            long explained = m.sellOut() + m.stockAfter() - m.stockBefore();
            Double change = explained > 0 ? (double) m.sellIn() / explained - 1 : null;
            if (change != null && change <= s.threshold()) continue;
            if (m.sellIn() < s.minVolume()) continue;
            out.add(new AlertFinding(s.rule(), s.severity(), "dealer:" + m.dealer(), "dealer " + m.dealer(), m.month(), (double) m.sellIn(),
                    (double) explained, change, Message.of("alerts.why.stuffing", m.dealer(), Figures.units(m.sellIn()), m.month(),
                            Figures.units(m.sellOut()), Figures.units(m.stockBefore()), Figures.units(m.stockAfter())),
                    new AlertLink("dealers", null, null, Map.of("dealer", m.dealer()))));
        }
        return out;
    }

    /** Slow movers of the inventory module, as of the week {@code week} (a SKU x region, ratio = actual / expected). */
    public static List<AlertFinding> slowMovers(AlertRuleSetting s, String week, List<SlowMover> movers) {
        List<AlertFinding> out = new ArrayList<>();
        if (!s.enabled()) return out;
        for (SlowMover m : movers) {
            out.add(new AlertFinding(s.rule(), s.severity(), "sku:" + m.sku() + ":" + m.region(), m.sku() + " · " + m.region(), week, m.ratio(), 1.0,
                    m.ratio() - 1, Message.of("alerts.why.slow", m.sku(), m.region(), String.valueOf(m.slowWeeks()), Figures.plainPercent(m.ratio())),
                    new AlertLink("inventory", null, null, Map.of("sku", m.sku()))));
        }
        return out;
    }

    /**
     * Locations out of stock of a SKU that sells, or with fewer weeks of cover than the threshold, whose weekly
     * demand is at least the minimum volume. Value: units on hand; reference: the weekly demand; no change
     * ratio (the weeks of cover are in the explanation).
     */
    public static List<AlertFinding> stockOut(AlertRuleSetting s, String asOf, List<StockPosition> positions) {
        List<AlertFinding> out = new ArrayList<>();
        if (!s.enabled()) return out;
        for (StockPosition p : positions) {
            if (p.weeklyDemand() <= 0 || p.weeklyDemand() < s.minVolume()) continue;
            if (!p.stockOut() && !(p.weeksOfCover() < s.threshold())) continue;
            out.add(new AlertFinding(s.rule(), s.severity(), p.location() + ":" + p.sku(), p.location() + " · " + p.sku(), asOf, (double) p.onHand(),
                    p.weeklyDemand(), null, Message.of("alerts.why.stockout", p.location(), p.sku(), Figures.units(p.onHand()),
                            Figures.decimal(p.weeklyDemand()), Figures.decimal(p.weeksOfCover())),
                    new AlertLink("inventory", null, null, Map.of("sku", p.sku()))));
        }
        return out;
    }

    /** Campaigns whose incremental margin did not pay their spend: ROI below minus the threshold (0: any loss). */
    public static List<AlertFinding> campaigns(AlertRuleSetting s, List<CampaignImpact> campaigns) {
        List<AlertFinding> out = new ArrayList<>();
        if (!s.enabled()) return out;
        for (CampaignImpact c : campaigns) {
            if (c.roi() == null || c.roi() >= -s.threshold()) continue;
            double spend = c.spend().doubleValue();
            out.add(new AlertFinding(s.rule(), s.severity(), "campaign:" + c.code(), c.name() == null ? c.code() : c.name(),
                    c.starts() + ".." + c.ends(), c.margin().incremental(), spend, c.roi(),
                    Message.of("alerts.why.roi", c.code(), Figures.decimal(c.margin().incremental()), Figures.decimal(spend), Figures.plainPercent(c.roi())),
                    new AlertLink("marketing", c.starts().toString(), c.ends().toString(), Map.of("campaign", c.code()))));
        }
        return out;
    }

    /**
     * Dealers whose grade moved from quarter {@code from} to quarter {@code to}; value and reference are the
     * grades' ranks (A = 1), so a positive change is a downgrade.
     */
    public static List<AlertFinding> grades(AlertRuleSetting s, String from, String to, Map<String, Map<String, Grade>> history) {
        List<AlertFinding> out = new ArrayList<>();
        if (!s.enabled() || from == null || to == null || from.isEmpty() || to.isEmpty()) return out;
        history.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            Grade before = e.getValue().get(from);
            Grade after = e.getValue().get(to);
            if (before == null || after == null || before == after) return;
            double rankBefore = before.ordinal() + 1;
            double rankAfter = after.ordinal() + 1;
            out.add(new AlertFinding(s.rule(), after.ordinal() > before.ordinal() ? s.severity() : "info", "dealer:" + e.getKey(),
                    "dealer " + e.getKey(), to, rankAfter, rankBefore, rankAfter - rankBefore,
                    Message.of("alerts.why.grade", e.getKey(), before.name(), from, after.name(), to),
                    new AlertLink("dealers", null, null, Map.of("dealer", e.getKey()))));
        });
        return out;
    }
}
