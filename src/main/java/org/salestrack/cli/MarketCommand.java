package org.salestrack.cli;

import org.salestrack.model.Money;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.salestrack.analytics.market.MarketService;
import org.salestrack.model.Province;
import org.salestrack.model.Provinces;
import org.salestrack.model.market.CompetitorErosion;
import org.salestrack.model.market.EventEffect;
import org.salestrack.model.market.Interval;
import org.salestrack.model.market.PolicyEffect;
import org.salestrack.model.market.ShareRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code market}: our share of the market panel by dimensions, or the competitor events and policies with their effects. */
@Command(name = "market", description = "Market share by dimensions (--by), or competitor events and policies with their effects (--events).")
final class MarketCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--by", split = ",", paramLabel = "DIM[,DIM]", description = "region province category year quarter month")
    List<String> by = new ArrayList<>();

    @Option(names = "--from", paramLabel = "D", description = "First day (YYYY-MM-DD); whole months from it are counted.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "D", description = "Last day (YYYY-MM-DD); whole months up to it are counted.")
    LocalDate to;

    @Option(names = "--events", description = "Each competitor event with its effect on our share (difference in differences), and each policy's.")
    boolean events;

    @Option(names = "--json", description = "Print machine-readable output.")
    boolean json;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        MarketService service = new MarketService(workspace.open());
        PrintWriter out = spec.commandLine().getOut();
        if (events) {
            MarketService.Market market = service.load();
            List<EventEffect> effects = market.eventEffects();
            List<PolicyEffect> policies = market.policyEffects();
            List<CompetitorErosion> competitors = market.competitorEffects(effects);
            if (json) {
                Map<String, Object> all = new LinkedHashMap<>();
                all.put("events", effects.stream().map(MarketCommand::event).toList());
                all.put("competitors", competitors.stream().map(MarketCommand::competitor).toList());
                all.put("policies", policies.stream().map(MarketCommand::policy).toList());
                out.println(Json.write(all));
            } else {
                printEvents(out, effects, competitors, policies);
            }
            return ExitCodes.OK;
        }
        List<ShareRow> rows = service.shares(by, from, to);
        if (json) {
            List<Map<String, Object>> list = new ArrayList<>();
            for (ShareRow r : rows) {
                Map<String, Object> m = new LinkedHashMap<>();
                for (int i = 0; i < by.size(); i++) m.put(by.get(i), r.keys().get(i));
                m.put("units", r.units());
                m.put("market_units", r.marketUnits());
                m.put("share_units", ratio(r.shareUnits()));
                m.put("value", Money.ofE4(r.valueE4()));
                m.put("market_value", Money.ofE4(r.marketValueE4()));
                m.put("share_value", ratio(r.shareValue()));
                list.add(m);
            }
            out.println(Json.write(Map.of("rows", list)));
        } else {
            out.println(String.join("\t", by) + (by.isEmpty() ? "" : "\t") + "units\tmarket_units\tshare_units\tvalue\tmarket_value\tshare_value");
            for (ShareRow r : rows) {
                out.println(String.join("\t", r.keys()) + (by.isEmpty() ? "" : "\t") + r.units() + "\t" + r.marketUnits() + "\t"
                        + percent(r.shareUnits()) + "\t" + Money.ofE4(r.valueE4()).toPlainString() + "\t"
                        + Money.ofE4(r.marketValueE4()).toPlainString() + "\t" + percent(r.shareValue()));
            }
        }
        return ExitCodes.OK;
    }

    private static Map<String, Object> event(EventEffect e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("brand", e.event().brand());
        m.put("model", e.event().model());
        m.put("date", e.event().date().toString());
        m.put("kind", e.event().kind() == null ? null : e.event().kind().id());
        m.put("provinces", names(e.event().provinces()));
        m.put("category", e.category());
        m.put("price_before", money(e.event().priceBeforeE4()));
        m.put("price_after", money(e.event().priceAfterE4()));
        m.put("before", e.windows().before().get(0) + ".." + e.windows().before().get(e.windows().before().size() - 1));
        m.put("after", e.windows().after().get(0) + ".." + e.windows().after().get(e.windows().after().size() - 1));
        m.put("share_before", ratio(e.treatedBefore()));
        m.put("share_after", ratio(e.treatedAfter()));
        m.put("control_share_before", ratio(e.controlBefore()));
        m.put("control_share_after", ratio(e.controlAfter()));
        Interval i = e.effectPp();
        m.put("effect_pp", i == null ? null : round(i.estimate()));
        m.put("effect_low_pp", i == null ? null : round(i.low()));
        m.put("effect_high_pp", i == null ? null : round(i.high()));
        m.put("units_lost", Double.isNaN(e.unitsLost()) ? null : Math.round(e.unitsLost()));
        m.put("treated", names(e.treated()));
        m.put("controls", names(e.controls()));
        m.put("why", e.why());
        return m;
    }

    private static Map<String, Object> competitor(CompetitorErosion c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("brand", c.brand());
        m.put("events", c.events());
        Interval i = c.effectPp();
        m.put("effect_pp", i == null ? null : round(i.estimate()));
        m.put("effect_low_pp", i == null ? null : round(i.low()));
        m.put("effect_high_pp", i == null ? null : round(i.high()));
        m.put("units_lost", Math.round(c.unitsLost()));
        return m;
    }

    private static Map<String, Object> policy(PolicyEffect p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", p.policy().name());
        m.put("provinces", names(p.policy().provinces()));
        m.put("starts", p.policy().starts().toString());
        m.put("ends", p.policy().ends().toString());
        m.put("category", p.policy().category());
        m.put("rate", p.policy().rate());
        m.put("cap", money(p.policy().capE4()));
        m.put("max_price", money(p.policy().maxPriceE4()));
        m.put("eligible_bands", p.eligibleBands());
        m.put("ineligible_bands", p.ineligibleBands());
        m.put("during", p.windows().after().isEmpty() ? null : p.windows().after().get(0) + ".." + p.windows().last());
        m.put("compared_with", p.windows().before().isEmpty() ? null
                : p.windows().before().get(0) + ".." + p.windows().before().get(p.windows().before().size() - 1));
        put(m, "effect", p.otherBrands());
        put(m, "own_effect", p.ownBrand());
        m.put("provinces_compared", p.provinces().size());
        m.put("why", p.why());
        return m;
    }

    private static void put(Map<String, Object> m, String key, Interval i) {
        m.put(key, i == null ? null : round(i.estimate()));
        m.put(key + "_low", i == null ? null : round(i.low()));
        m.put(key + "_high", i == null ? null : round(i.high()));
    }

    private static void printEvents(PrintWriter out, List<EventEffect> effects, List<CompetitorErosion> competitors, List<PolicyEffect> policies) {
        out.println("competitor events: our unit share in the event provinces, before -> after, against comparable provinces");
        out.printf(Locale.ROOT, "%-10s %-8s %-12s %-10s %-9s %-20s %-20s %s%n", "date", "brand", "model", "kind", "category",
                "share event provs", "share controls", "effect (pp, 95%)");
        for (EventEffect e : effects) {
            String effect = e.effectPp() == null ? "no estimate: " + e.why()
                    : String.format(Locale.ROOT, "%+.2f [%+.2f, %+.2f], %d vs %d provinces", e.effectPp().estimate(), e.effectPp().low(),
                    e.effectPp().high(), e.effectPp().treated(), e.effectPp().controls());
            out.printf(Locale.ROOT, "%-10s %-8s %-12s %-10s %-9s %-20s %-20s %s%n", e.event().date(), e.event().brand(), e.event().model(),
                    e.event().kind() == null ? "-" : e.event().kind().id(), e.category() == null ? "all" : e.category(),
                    percent(e.treatedBefore()) + " -> " + percent(e.treatedAfter()),
                    percent(e.controlBefore()) + " -> " + percent(e.controlAfter()), effect);
        }
        out.println();
        out.println("per competitor: its measured moves taken together (stacked difference in differences)");
        for (CompetitorErosion c : competitors) {
            out.printf(Locale.ROOT, "%-8s %d move(s): %s, %,d units%n", c.brand(), c.events(), c.effectPp() == null ? "no estimate"
                    : String.format(Locale.ROOT, "%+.2f [%+.2f, %+.2f] pts", c.effectPp().estimate(), c.effectPp().low(), c.effectPp().high()),
                    Math.round(c.unitsLost()));
        }
        out.println();
        out.println("policies: units of eligible price bands against ineligible ones, the months it ran against the months compared");
        for (PolicyEffect p : policies) {
            out.printf(Locale.ROOT, "%s (%s to %s): ", p.policy().name(), p.policy().starts(), p.policy().ends());
            if (p.otherBrands() == null) {
                out.println("no estimate: " + p.why());
                continue;
            }
            out.printf(Locale.ROOT, "other brands %+.1f%% [%+.1f%%, %+.1f%%]; our brand %s; %d provinces%n", 100 * p.otherBrands().estimate(),
                    100 * p.otherBrands().low(), 100 * p.otherBrands().high(),
                    p.ownBrand() == null ? "-" : String.format(Locale.ROOT, "%+.1f%% [%+.1f%%, %+.1f%%]", 100 * p.ownBrand().estimate(),
                            100 * p.ownBrand().low(), 100 * p.ownBrand().high()), p.provinces().size());
        }
    }

    private static List<String> names(List<String> codes) {
        return codes.stream().map(c -> Provinces.get().byCode(c).map(Province::nameZh).orElse(c)).toList();
    }

    private static BigDecimal money(Long e4) { return e4 == null ? null : Money.ofE4(e4); }

    private static Double ratio(double v) { return Double.isNaN(v) ? null : Math.round(v * 1e6) / 1e6; }

    private static double round(double v) { return Math.round(v * 1e4) / 1e4; }

    private static String percent(double v) { return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.2f%%", 100 * v); }
}
