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
import org.salestrack.analytics.customer.CustomerAnalysis;
import org.salestrack.analytics.customer.CustomerBase;
import org.salestrack.analytics.customer.CustomerService;
import org.salestrack.analytics.customer.RepeatSummaries;
import org.salestrack.analytics.customer.Rfm;
import org.salestrack.model.customer.CustomerProfile;
import org.salestrack.model.customer.CustomerRules;
import org.salestrack.model.customer.RfmSegment;
import org.salestrack.task.Cancellation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code customers}: RFM segments, churn, high-value buyers; with {@code --clv}, BG/NBD + Gamma-Gamma lifetime value. */
@Command(name = "customers", description = "Customers: RFM segments, churn, high value; --clv for lifetime value.")
final class CustomersCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--as-of", paramLabel = "D", description = "Look from this day (default: the last day with a customer's purchase).")
    LocalDate asOf;

    @Option(names = "--churn-months", paramLabel = "M", defaultValue = "6", description = "Churned after M months without a purchase (default ${DEFAULT-VALUE}).")
    int churnMonths;

    @Option(names = "--rfm-cuts", paramLabel = "R;F;M",
            description = "RFM cut points instead of quintiles: four ascending numbers each for recency days, purchases and spend (yuan), "
                    + "e.g. '30,90,180,365;1,2,3,5;500,2000,5000,10000'.")
    String rfmCuts;

    @Option(names = "--migration-from", paramLabel = "D",
            description = "Also count how customers moved between segments from this day to the as-of day.")
    LocalDate migrationFrom;

    @Option(names = "--clv", description = "Fit BG/NBD and Gamma-Gamma and print each customer's expected value.")
    boolean clv;

    @Option(names = "--calibration-end", paramLabel = "D", description = "With --clv: the models learn from purchases up to this day.")
    LocalDate calibrationEnd;

    @Option(names = "--unit", paramLabel = "week|day", defaultValue = "week", description = "With --clv: the time unit (default ${DEFAULT-VALUE}).")
    String unit;

    @Option(names = "--horizon", paramLabel = "N", description = "With --clv: periods ahead (default 52 weeks or 365 days).")
    Integer horizon;

    @Option(names = "--discount", paramLabel = "R", defaultValue = "0.10", description = "With --clv: yearly discount rate (default ${DEFAULT-VALUE}).")
    double yearlyDiscount;

    @Option(names = "--limit", paramLabel = "N", description = "List at most N customers (win-back list; --clv customers). Default: all.")
    Integer limit;

    @Option(names = "--json", description = "Print machine-readable output.")
    boolean json;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CustomerService service = new CustomerService(workspace.open());
        PrintWriter out = spec.commandLine().getOut();
        if (clv) return clv(service, out);
        LocalDate day = asOf != null ? asOf : service.lastDay()
                .orElseThrow(() -> new IllegalArgumentException("the workspace has no sales with a customer id"));
        CustomerRules d = CustomerRules.DEFAULTS;
        CustomerRules rules = new CustomerRules(churnMonths, d.phoneCategory(), d.highValuePhonePurchases(), d.rollingDays(),
                d.highValuePurchaseE4(), d.ecosystemCategories());
        Rfm.Cuts cuts = rfmCuts == null ? null : Rfm.Cuts.parse(rfmCuts);
        CustomerService.Analysis a = service.analyse(day, null, rules, cuts, Cancellation.none());
        Map<RfmSegment, Map<RfmSegment, Long>> moved = migrationFrom == null ? null
                : CustomerAnalysis.migration(service.analyse(migrationFrom, null, rules, cuts, Cancellation.none()).base(), a.base());
        CustomerBase b = a.base();
        List<CustomerProfile> winBack = CustomerAnalysis.winBack(b);
        if (limit != null && winBack.size() > limit) winBack = winBack.subList(0, limit);
        if (json) {
            Map<String, Object> m = baseJson(b, winBack);
            if (moved != null) m.put("migration", migrationJson(moved));
            out.println(Json.write(m));
        } else {
            out.printf(Locale.ROOT, "as of %s: %,d customers, spend %s%n", day, b.customers().size(), yuan(b.totalSpendE4()).toPlainString());
            for (CustomerBase.SegmentRow s : b.segments()) {
                out.printf(Locale.ROOT, "  %-20s %,10d customers  %s%n", segmentId(s.segment()), s.customers(), yuan(s.spendE4()).toPlainString());
            }
            out.printf(Locale.ROOT, "churned (no purchase for %d months): %,d%nhigh value: %,d%necosystem buyers: %,d (%.1f%%)%n", churnMonths,
                    b.churnedCount(), b.highValueCount(), b.ecosystem().ecosystemCustomers(), 100 * b.ecosystem().share(b.customers().size()));
            if (!b.rfm().emptyScores().isEmpty()) out.println("scores nobody has (ties at the cut points): " + String.join(" ", b.rfm().emptyScores()));
            if (moved != null) {
                out.printf(Locale.ROOT, "moved between segments from %s to %s:%n", migrationFrom, day);
                for (Map<String, Object> r : migrationJson(moved)) {
                    out.printf(Locale.ROOT, "  %-20s -> %-20s %,10d%n", r.get("from"), r.get("to"), (Long) r.get("customers"));
                }
            }
        }
        return ExitCodes.OK;
    }

    private Map<String, Object> baseJson(CustomerBase b, List<CustomerProfile> winBack) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("as_of", b.asOf().toString());
        m.put("customers", b.customers().size());
        m.put("spend", yuan(b.totalSpendE4()));
        List<Map<String, Object>> segments = new ArrayList<>();
        for (CustomerBase.SegmentRow s : b.segments()) {
            segments.add(ordered("segment", segmentId(s.segment()), "customers", s.customers(), "spend", yuan(s.spendE4())));
        }
        m.put("segments", segments);
        m.put("churned", b.churnedCount());
        m.put("churn_months", b.rules().churnMonths());
        m.put("high_value", b.highValueCount());
        m.put("ecosystem", ordered("customers", b.ecosystem().ecosystemCustomers(), "spend", yuan(b.ecosystem().ecosystemSpendE4()),
                "single_category_customers", b.ecosystem().singleCustomers(), "single_category_spend", yuan(b.ecosystem().singleSpendE4())));
        List<Map<String, Object>> rfm = new ArrayList<>();
        for (int r = 5; r >= 1; r--) {
            for (int f = 1; f <= 5; f++) {
                rfm.add(ordered("r", r, "f", f, "customers", b.rfm().gridCustomers()[r - 1][f - 1], "spend", yuan(b.rfm().gridSpendE4()[r - 1][f - 1])));
            }
        }
        m.put("rfm", rfm);
        m.put("cuts", ordered("recency_days", b.rfm().cuts().recency(), "purchases", b.rfm().cuts().frequency(), "spend_e4", b.rfm().cuts().monetary()));
        m.put("empty_scores", b.rfm().emptyScores());
        m.put("churn_by_region", churnRows(b.churnByRegion()));
        m.put("churn_by_channel", churnRows(b.churnByChannel()));
        m.put("churn_by_cohort", churnRows(b.churnByCohort()));
        List<Map<String, Object>> wb = new ArrayList<>();
        for (CustomerProfile p : winBack) {
            wb.add(ordered("customer", p.customer(), "last_purchase", p.last().toString(), "favourite_category", p.favouriteCategory(),
                    "purchases", p.purchases(), "spend", yuan(p.spendE4())));
        }
        m.put("win_back", wb);
        return m;
    }

    private int clv(CustomerService service, PrintWriter out) {
        if (calibrationEnd == null) throw new IllegalArgumentException("--clv needs --calibration-end D");
        RepeatSummaries.Unit u = switch (unit) {
            case "week" -> RepeatSummaries.Unit.WEEK;
            case "day" -> RepeatSummaries.Unit.DAY;
            default -> throw new IllegalArgumentException("--unit takes week or day, not '" + unit + "'");
        };
        int h = horizon != null ? horizon : u == RepeatSummaries.Unit.WEEK ? 52 : 365;
        double perPeriod = Math.pow(1 + yearlyDiscount, (u == RepeatSummaries.Unit.WEEK ? 7 : 1) / 365.0) - 1;
        CustomerService.Clv c = service.clv(calibrationEnd, u, h, perPeriod, null, Cancellation.none());
        List<CustomerService.Clv.Row> rows = c.customers();
        if (limit != null && rows.size() > limit) rows = rows.subList(0, limit);
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("calibration_end", calibrationEnd.toString());
            m.put("unit", unit);
            m.put("horizon", h);
            m.put("discount_per_period", perPeriod);
            m.put("bgnbd", ordered("r", c.bgnbd().r(), "alpha", c.bgnbd().alpha(), "a", c.bgnbd().a(), "b", c.bgnbd().b(),
                    "loglik", c.bgnbd().logLikelihood(), "at_bound", c.bgnbd().atBound()));
            m.put("gamma_gamma", c.gammaGamma().map(g -> ordered("p", g.p(), "q", g.q(), "gamma", g.gamma(), "loglik", g.logLikelihood(),
                    "customers", g.customers())).orElse(new LinkedHashMap<>()));
            List<Map<String, Object>> list = new ArrayList<>();
            for (CustomerService.Clv.Row r : rows) {
                list.add(ordered("customer", r.customer(), "x", r.summary().repeats(), "t_x", r.summary().recency(), "T", r.summary().age(),
                        "expected_purchases", r.expectedPurchases(), "p_alive", r.probabilityAlive(), "expected_spend", finite(r.expectedSpend()),
                        "clv", finite(r.value())));
            }
            m.put("customers", list);
            out.println(Json.write(m));
        } else {
            out.printf(Locale.ROOT, "BG/NBD (%s): r %.4f, alpha %.4f, a %.4f, b %.4f, log-likelihood %.2f%s%n", unit, c.bgnbd().r(), c.bgnbd().alpha(),
                    c.bgnbd().a(), c.bgnbd().b(), c.bgnbd().logLikelihood(), c.bgnbd().atBound() ? " (a parameter is at its bound: the data cannot pin it down)" : "");
            out.println(c.gammaGamma().map(g -> String.format(Locale.ROOT, "Gamma-Gamma: p %.4f, q %.4f, gamma %.4f on %,d repeat buyers",
                    g.p(), g.q(), g.gamma(), g.customers())).orElse("Gamma-Gamma: no repeat buyer with a spend, no spend model"));
            out.println("customer\tx\tt_x\tT\texpected_purchases\tp_alive\texpected_spend\tclv");
            for (CustomerService.Clv.Row r : rows) {
                out.printf(Locale.ROOT, "%s\t%d\t%.2f\t%.2f\t%.4f\t%.4f\t%.2f\t%.2f%n", r.customer(), r.summary().repeats(), r.summary().recency(),
                        r.summary().age(), r.expectedPurchases(), r.probabilityAlive(), r.expectedSpend(), r.value());
            }
        }
        return ExitCodes.OK;
    }

    private static List<Map<String, Object>> migrationJson(Map<RfmSegment, Map<RfmSegment, Long>> moved) {
        List<Map<String, Object>> out = new ArrayList<>();
        moved.forEach((from, to) -> to.forEach((seg, n) -> out.add(ordered("from", segmentId(from), "to", segmentId(seg), "customers", n))));
        return out;
    }

    private static List<Map<String, Object>> churnRows(List<CustomerBase.ChurnRow> rows) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (CustomerBase.ChurnRow r : rows) out.add(ordered("key", r.key(), "customers", r.customers(), "churned", r.churned(), "rate", r.rate()));
        return out;
    }

    static String segmentId(Enum<?> s) { return s.name().toLowerCase(Locale.ROOT); }

    private static BigDecimal yuan(long e4) { return Money.ofE4(e4); }

    private static Double finite(double v) { return Double.isFinite(v) ? v : null; }

    private static Map<String, Object> ordered(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
        return m;
    }
}
