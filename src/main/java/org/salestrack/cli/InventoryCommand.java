package org.salestrack.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.salestrack.analytics.inventory.InventoryService;
import org.salestrack.model.inventory.InventoryParameters;
import org.salestrack.model.inventory.InventoryReport;
import org.salestrack.model.inventory.PolicyBacktest;
import org.salestrack.model.inventory.ReplenishmentLine;
import org.salestrack.model.inventory.SlowMover;
import org.salestrack.model.inventory.StockPosition;
import org.salestrack.model.inventory.Transfer;
import org.salestrack.task.Cancellation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code inventory}: stock positions, replenishment, slow movers and transfers as of a day (issue 15). */
@Command(name = "inventory", description = "Inventory: stock positions, replenishment orders, slow movers and transfers between provinces.")
final class InventoryCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--as-of", paramLabel = "D", description = "Plan as of this day (default: the last stock snapshot).")
    LocalDate asOf;

    @Option(names = "--service-level", paramLabel = "S",
            description = "Cycle service level for the safety stock, e.g. 0.95 (default: the workspace's inventory parameters).")
    Double serviceLevel;

    @Option(names = "--backtest", paramLabel = "N",
            description = "Instead of the plan: replay the policy over the last N full weeks of the stores against what happened.")
    Integer backtest;

    @Option(names = "--json", description = "Print machine-readable output.")
    boolean json;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        InventoryService service = new InventoryService(workspace.open());
        LocalDate day = asOf != null ? asOf : service.lastSnapshot()
                .orElseThrow(() -> new IllegalArgumentException("the workspace has no stock snapshots"));
        InventoryParameters params = service.parameters();
        if (serviceLevel != null) params = params.withServiceLevel(serviceLevel);
        PrintWriter out = spec.commandLine().getOut();
        if (backtest != null) return backtest(service.backtest(day, backtest, params, Cancellation.none()), out);
        InventoryReport r = service.report(day, params, null, Cancellation.none());
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("positions", r.positions().stream().map(InventoryCommand::position).toList());
            m.put("replenishment", r.replenishment().stream().map(InventoryCommand::line).toList());
            m.put("slow_movers", r.slowMovers().stream().map(InventoryCommand::slow).toList());
            m.put("transfers", r.transfers().stream().map(InventoryCommand::transfer).toList());
            out.println(Json.write(m));
            return ExitCodes.OK;
        }
        long orders = r.replenishment().stream().filter(l -> l.orderQty() > 0).count();
        out.printf(Locale.ROOT, "as of %s, service level %.3f: %,d positions, %,d stock-outs%n", day, params.serviceLevel(),
                r.positions().size(), r.positions().stream().filter(StockPosition::stockOut).count());
        out.printf(Locale.ROOT, "replenishment: %,d location x SKU, %,d to order, %,d units%n", r.replenishment().size(), orders,
                r.replenishment().stream().mapToLong(ReplenishmentLine::orderQty).sum());
        out.printf(Locale.ROOT, "slow movers: %,d%n", r.slowMovers().size());
        for (SlowMover s : r.slowMovers()) out.printf(Locale.ROOT, "  %-12s %-4s %s%n", s.sku(), s.region(), s.reason().english());
        out.printf(Locale.ROOT, "transfers: %,d, %,d units, cost %.2f%n", r.transfers().size(),
                r.transfers().stream().mapToLong(Transfer::units).sum(), r.transfers().stream().mapToDouble(Transfer::cost).sum());
        return ExitCodes.OK;
    }

    private int backtest(PolicyBacktest b, PrintWriter out) {
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("from", b.from().toString());
            m.put("to", b.to().toString());
            m.put("weeks", b.weeks());
            m.put("series", b.series());
            m.put("fill_rate", num(b.fillRate()));
            m.put("stock_out_weeks", b.stockOutWeeks());
            m.put("policy_average_stock", num(b.policyStock()));
            m.put("actual_average_stock", num(b.actualStock()));
            m.put("policy_holding_cost", num(b.policyHoldingCost()));
            m.put("actual_holding_cost", num(b.actualHoldingCost()));
            m.put("holding_rate", b.holdingRate());
            m.put("saving", num(b.saving()));
            out.println(Json.write(Map.of("backtest", m)));
            return ExitCodes.OK;
        }
        out.printf(Locale.ROOT, "policy replayed over %s to %s (%d weeks), %,d store x SKU%n", b.from(), b.to(), b.weeks(), b.series());
        out.printf(Locale.ROOT, "fill rate %.1f%%, %,d store x SKU weeks with sales unserved%n", 100 * b.fillRate(), b.stockOutWeeks());
        out.printf(Locale.ROOT, "average stock: policy %,.0f units, actual %,.0f units%n", b.policyStock(), b.actualStock());
        out.printf(Locale.ROOT, "holding cost at %.0f%% a year: policy %,.2f, actual %,.2f CNY: saving %.1f%%%n", 100 * b.holdingRate(),
                b.policyHoldingCost(), b.actualHoldingCost(), 100 * b.saving());
        return ExitCodes.OK;
    }

    private static Map<String, Object> position(StockPosition p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("location", p.location());
        m.put("location_type", p.type().code());
        m.put("province", p.province());
        m.put("sku", p.sku());
        m.put("snapshot", p.snapshot().toString());
        m.put("on_hand", p.onHand());
        m.put("in_transit", p.inTransit());
        m.put("sold_since", p.soldSince());
        m.put("received_since", p.receivedSince());
        m.put("weekly_demand", num(p.weeklyDemand()));
        m.put("weeks_cover", Double.isFinite(p.weeksOfCover()) ? num(p.weeksOfCover()) : null);
        m.put("stock_out", p.stockOut());
        m.put("lost_units", num(p.lostUnits()));
        return m;
    }

    private static Map<String, Object> line(ReplenishmentLine l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("location", l.location());
        m.put("sku", l.sku());
        m.put("on_hand", l.onHand());
        m.put("lead_time_days", l.leadTimeDays());
        m.put("demand_lt", num(l.demandLt()));
        m.put("safety_stock", num(l.safetyStock()));
        m.put("reorder_point", num(l.reorderPoint()));
        m.put("order_qty", l.orderQty());
        return m;
    }

    private static Map<String, Object> slow(SlowMover s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sku", s.sku());
        m.put("region", s.region());
        m.put("stage", s.stage().name().toLowerCase(Locale.ROOT));
        m.put("weeks_below", s.slowWeeks());
        m.put("ratio", num(s.ratio()));
        m.put("action", s.action().name().toLowerCase(Locale.ROOT));
        m.put("reason", s.reason().english());
        List<Map<String, Object>> weeks = new ArrayList<>();
        for (int i = 0; i < s.weeks().size(); i++) {
            Map<String, Object> w = new LinkedHashMap<>();
            w.put("week", s.weeks().get(i));
            w.put("actual", num(s.actual()[i]));
            w.put("expected", Double.isFinite(s.expected()[i]) ? num(s.expected()[i]) : null);
            weeks.add(w);
        }
        m.put("weeks", weeks);
        return m;
    }

    private static Map<String, Object> transfer(Transfer t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from", t.from());
        m.put("to", t.to());
        m.put("sku", t.sku());
        m.put("units", t.units());
        m.put("cost", BigDecimal.valueOf(t.cost()).setScale(2, RoundingMode.HALF_UP));
        return m;
    }

    private static BigDecimal num(double v) { return BigDecimal.valueOf(v).setScale(3, RoundingMode.HALF_UP); }
}
