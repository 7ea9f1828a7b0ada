package org.salestrack.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.salestrack.analytics.marketing.MarketingService;
import org.salestrack.model.marketing.CampaignImpact;
import org.salestrack.task.Cancellation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code campaigns}: each campaign's incremental sales against its baseline, and its ROI. */
@Command(name = "campaigns", description = "Incremental sales and ROI per campaign (baseline forecast from the weeks before it).")
final class CampaignsCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--json", description = "Print machine-readable output.")
    boolean json;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        List<CampaignImpact> impacts = new MarketingService(workspace.open()).campaigns(Cancellation.none());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (CampaignImpact c : impacts) rows.add(row(c));
            out.println(Json.write(Map.of("campaigns", rows)));
            return 0;
        }
        out.printf("%-9s %-10s %-10s %14s %14s %14s %14s %24s %8s %8s%n", "campaign", "starts", "ends", "spend", "baseline",
                "actual", "incremental", "interval (90%)", "ROI", "rev/spend");
        for (CampaignImpact c : impacts) {
            CampaignImpact.Measure r = c.revenue();
            out.printf(Locale.ROOT, "%-9s %-10s %-10s %,14.2f %,14.2f %,14.2f %,14.2f %,11.0f..%,11.0f %8s %8s%n", c.code(), c.starts(),
                    c.ends(), c.spend(), r.baseline(), r.actual(), r.incremental(), r.incrementalLow(), r.incrementalHigh(),
                    ratio(c.roi()), ratio(c.revenuePerSpend()));
        }
        out.println();
        out.printf("%-9s %34s %34s %34s  %s%n", "campaign", "synthetic control: incremental", "halo on untouched channels",
                "dip after (days)", "synthetic control's donors");
        for (CampaignImpact c : impacts) {
            CampaignImpact.Synthetic s = c.synthetic();
            StringBuilder donors = new StringBuilder();
            if (s != null) {
                for (int i : s.heaviest()) {
                    if (donors.length() > 0) donors.append(", ");
                    donors.append(s.donors().get(i)).append(String.format(Locale.ROOT, " %.2f", s.weights()[i]));
                }
            }
            out.printf(Locale.ROOT, "%-9s %34s %34s %34s  %s%n", c.code(), s == null ? "-" : span(s.revenue()),
                    c.halo() == null ? "-" : span(c.halo().revenue()),
                    c.dip() == null || c.dipDays() == 0 ? "-" : span(c.dip().revenue()) + " (" + c.dipDays() + ")", donors);
        }
        return 0;
    }

    private static String ratio(Double v) { return v == null ? "-" : String.format(Locale.ROOT, "%.2f", v); }

    static Map<String, Object> row(CampaignImpact c) {
        CampaignImpact.Measure r = c.revenue();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("campaign", c.code());
        m.put("starts", c.starts().toString());
        m.put("ends", c.ends().toString());
        m.put("spend", c.spend());
        m.put("baseline", money(r.baseline()));
        m.put("actual", money(r.actual()));
        m.put("incremental_revenue", money(r.incremental()));
        m.put("incremental_low", money(r.incrementalLow()));
        m.put("incremental_high", money(r.incrementalHigh()));
        m.put("roi", c.roi() == null ? 0 : round(c.roi(), 4));
        m.put("revenue_per_spend", c.revenuePerSpend() == null ? 0 : round(c.revenuePerSpend(), 4));
        // beyond the keys, appended: the dip after, the halo on untouched channels, the synthetic control (null: none)
        CampaignImpact.Effect dip = c.dip();
        m.put("dip_days", c.dipDays());
        m.put("dip_revenue", money(c.dipRevenue()));
        m.put("dip_low", dip == null ? null : money(dip.revenue().incrementalLow()));
        m.put("dip_high", dip == null ? null : money(dip.revenue().incrementalHigh()));
        CampaignImpact.Effect halo = c.halo();
        m.put("halo_revenue", halo == null ? null : money(halo.revenue().incremental()));
        m.put("halo_low", halo == null ? null : money(halo.revenue().incrementalLow()));
        m.put("halo_high", halo == null ? null : money(halo.revenue().incrementalHigh()));
        CampaignImpact.Synthetic s = c.synthetic();
        m.put("synthetic_baseline", s == null ? null : money(s.revenue().baseline()));
        m.put("synthetic_incremental", s == null ? null : money(s.revenue().incremental()));
        m.put("synthetic_low", s == null ? null : money(s.revenue().incrementalLow()));
        m.put("synthetic_high", s == null ? null : money(s.revenue().incrementalHigh()));
        List<Map<String, Object>> donors = new ArrayList<>();
        if (s != null) {
            for (int i : s.heaviest()) {
                Map<String, Object> d = new LinkedHashMap<>();
                d.put("donor", s.donors().get(i));
                d.put("weight", round(s.weights()[i], 4));
                donors.add(d);
            }
        }
        m.put("synthetic_donors", donors);
        return m;
    }

    private static String span(CampaignImpact.Measure m) {
        return String.format(Locale.ROOT, "%,.0f (%,.0f..%,.0f)", m.incremental(), m.incrementalLow(), m.incrementalHigh());
    }

    private static BigDecimal money(double v) { return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP); }

    static BigDecimal round(double v, int places) { return BigDecimal.valueOf(v).setScale(places, RoundingMode.HALF_UP); }
}
