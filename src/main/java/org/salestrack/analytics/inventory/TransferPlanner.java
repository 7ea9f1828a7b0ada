package org.salestrack.analytics.inventory;

import java.util.ArrayList;
import java.util.List;
import org.salestrack.model.Haversine;
import org.salestrack.model.inventory.InventoryParameters;
import org.salestrack.model.inventory.Transfer;

/**
 * Balances one SKU between regions: a region holding more than {@code coverHighWeeks} of its weekly
 * demand has the excess as surplus, one holding less than {@code coverLowWeeks} is short of the rest, and
 * the surplus is moved to the shortages at the least cost (units x kilometres x cost per unit-km) as a
 * transportation problem. When shortages exceed the surplus, a fictitious source at a prohibitive cost
 * takes the remainder, so every real unit of surplus is used first and the unmet rest is not shipped.
 */
public final class TransferPlanner {
    private static final double UNMET = 1e9;

    private final InventoryParameters params;

    public TransferPlanner(InventoryParameters params) { this.params = params; }

    /** A region's stock and demand of the SKU. */
    public record Holding(String region, double lat, double lon, long stock, double weeklyDemand) {}

    public long surplus(Holding h) {
        return Math.max(0, h.stock() - (long) Math.ceil(params.coverHighWeeks() * h.weeklyDemand()));
    }

    public long shortage(Holding h) {
        return Math.max(0, (long) Math.ceil(params.coverLowWeeks() * h.weeklyDemand()) - h.stock());
    }

    public List<Transfer> plan(String sku, List<Holding> holdings) {
        List<Holding> sources = new ArrayList<>();
        List<Holding> sinks = new ArrayList<>();
        long supply = 0;
        long need = 0;
        for (Holding h : holdings) {
            if (surplus(h) > 0) { sources.add(h); supply += surplus(h); }
            if (shortage(h) > 0) { sinks.add(h); need += shortage(h); }
        }
        if (sources.isEmpty() || sinks.isEmpty()) return List.of();
        boolean unmet = need > supply;
        int m = sources.size() + (unmet ? 1 : 0);
        double[][] costs = new double[m][sinks.size()];
        double[] s = new double[m];
        double[] d = new double[sinks.size()];
        for (int i = 0; i < sources.size(); i++) {
            Holding from = sources.get(i);
            s[i] = surplus(from);
            for (int j = 0; j < sinks.size(); j++) costs[i][j] = unitCost(from, sinks.get(j));
        }
        if (unmet) {
            s[m - 1] = need - supply;
            java.util.Arrays.fill(costs[m - 1], UNMET);
        }
        for (int j = 0; j < sinks.size(); j++) d[j] = shortage(sinks.get(j));
        TransportationProblem.Solution solution = TransportationProblem.solve(costs, s, d);
        List<Transfer> out = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            for (int j = 0; j < sinks.size(); j++) {
                long units = Math.round(solution.flows()[i][j]);
                if (units > 0) {
                    out.add(new Transfer(sources.get(i).region(), sinks.get(j).region(), sku, units, units * costs[i][j]));
                }
            }
        }
        return out;
    }

    /** Moving one unit between two regions' centres. */
    public double unitCost(Holding from, Holding to) {
        return Haversine.km(from.lat(), from.lon(), to.lat(), to.lon()) * params.costPerUnitKm();
    }
}
