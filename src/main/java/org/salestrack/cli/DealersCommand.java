package org.salestrack.cli;

import org.salestrack.model.Money;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.salestrack.analytics.dealer.DealerService;
import org.salestrack.analytics.dealer.Rebates;
import org.salestrack.model.Message;
import org.salestrack.model.dealer.BalanceLine;
import org.salestrack.model.dealer.DealerBalance;
import org.salestrack.model.dealer.DealerBoard;
import org.salestrack.model.dealer.DealerPeriod;
import org.salestrack.model.dealer.DealerRow;
import org.salestrack.model.dealer.Grade;
import org.salestrack.model.dealer.Scorecard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dealers}: every dealer's scorecard, grade (with its reasons) and rebate for a period, under the workspace's saved rules. */
@Command(name = "dealers", description = "Dealer scorecards, grades and rebates for a period.")
final class DealersCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--period", paramLabel = "P", description = "A month (2025-07), quarter (2025-Q3) or year (2025).")
    String period;

    @Option(names = "--balance", paramLabel = "DEALER",
            description = "Instead: the dealer's sell-in = sell-out + stock change balance by month, with stuffing and destocking flags.")
    String balanceOf;

    @Option(names = "--json", description = "Print machine-readable output.")
    boolean json;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (balanceOf != null) return balance(new DealerService(workspace.open()).balance(balanceOf), out);
        if (period == null) throw new IllegalArgumentException("dealers needs --period P (or --balance DEALER)");
        DealerPeriod p = DealerPeriod.parse(period);
        DealerBoard board = new DealerService(workspace.open()).board(p);
        if (json) {
            List<Map<String, Object>> list = new ArrayList<>();
            for (DealerRow r : board.rows()) list.add(row(r));
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("dealers", list);
            out.println(Json.write(m));
            return ExitCodes.OK;
        }
        out.printf(Locale.ROOT, "dealers in %s (sales = sell-out; coverage in cities of the registered province)%n", p);
        out.printf(Locale.ROOT, "%-6s %-4s %-5s %16s %8s %9s %8s %9s %14s%n", "dealer", "tier", "grade", "sales (CNY)", "growth",
                "attain.", "cover w", "coverage", "rebate (CNY)");
        for (DealerRow r : board.rows()) {
            Scorecard s = r.card();
            out.printf(Locale.ROOT, "%-6s %-4s %-5s %,16.2f %8s %9s %8s %9s %,14.2f%n", s.dealer().code(), s.dealer().tier(), r.grade(),
                    Money.ofE4(s.salesE4()), pct(s.growthYear()), pct(s.attainment()),
                    s.weeksCover() == null ? "-" : String.format(Locale.ROOT, "%.1f", s.weeksCover()), pct(s.coverage().share()), r.rebate().total());
        }
        long[][] mig = board.migration();
        out.printf(Locale.ROOT, "grade moves %s -> %s (rows from, columns to A B C):%n", board.migrationFrom(), board.migrationTo());
        for (Grade g : Grade.values()) {
            out.printf(Locale.ROOT, "  %s %5d %5d %5d%n", g, mig[g.ordinal()][0], mig[g.ordinal()][1], mig[g.ordinal()][2]);
        }
        return ExitCodes.OK;
    }

    private int balance(DealerBalance b, PrintWriter out) {
        if (json) {
            List<Map<String, Object>> list = new ArrayList<>();
            for (BalanceLine m : b.months()) {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("month", m.month().toString());
                r.put("sell_in", m.sellIn());
                r.put("sell_out", m.sellOut());
                r.put("stock_change", m.stockChange());
                r.put("gap", m.gap());
                r.put("weeks_cover", m.weeksCover());
                r.put("flag", b.flags().get(m.month()).id());
                r.put("finding", b.findings().get(m.month()));
                list.add(r);
            }
            out.println(Json.write(Map.of("balance", list)));
            return ExitCodes.OK;
        }
        out.printf(Locale.ROOT, "dealer %s: sell-in = sell-out + change in month-end stock (units)%n", b.dealer());
        out.printf(Locale.ROOT, "%-8s %8s %8s %8s %8s %8s  %s%n", "month", "sell-in", "sell-out", "stock +-", "gap", "cover w", "flag");
        for (BalanceLine m : b.months()) {
            Long finding = b.findings().get(m.month());
            out.printf(Locale.ROOT, "%-8s %8d %8d %8d %8d %8s  %s%s%n", m.month(), m.sellIn(), m.sellOut(), m.stockChange(), m.gap(),
                    m.weeksCover() == null ? "-" : String.format(Locale.ROOT, "%.1f", m.weeksCover()), b.flags().get(m.month()).id(),
                    finding == null ? "" : " (channel-stuffing finding #" + finding + ")");
        }
        return ExitCodes.OK;
    }

    private static Map<String, Object> row(DealerRow r) {
        Scorecard s = r.card();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("dealer", s.dealer().code());
        m.put("name", s.dealer().name());
        m.put("tier", s.dealer().tier());
        m.put("grade", r.grade().name());
        m.put("sales", Money.ofE4(s.salesE4()));
        m.put("growth", s.growthYear());
        m.put("sell_in", Money.ofE4(s.sellInE4()));
        m.put("sell_out", Money.ofE4(s.sellOutE4()));
        m.put("stock", s.stockQty());
        m.put("weeks_cover", s.weeksCover());
        m.put("target", s.targetE4() == null ? null : Money.ofE4(s.targetE4()));
        m.put("attainment", s.attainment());
        m.put("coverage", s.coverage().share());
        m.put("nps", s.nps());
        m.put("resolved_48h", s.resolved48h());
        m.put("rebate", r.rebate().total());
        m.put("why", why(r));
        return m;
    }

    /** The grade's reasons, what the next grade needs, and the rebate's calculation, in English. */
    static String why(DealerRow r) {
        StringBuilder b = new StringBuilder(r.verdict().why().english());
        if (!r.verdict().toNext().isEmpty()) {
            b.append(". For ").append(r.grade().next()).append(": ")
                    .append(r.verdict().toNext().stream().map(Message::english).collect(Collectors.joining(", ")));
        }
        return b.append(". Rebate: ").append(Rebates.formula(r.rebate())).toString();
    }

    private static String pct(Double share) {
        return share == null ? "-" : String.format(Locale.ROOT, "%.1f%%", share * 100);
    }
}
