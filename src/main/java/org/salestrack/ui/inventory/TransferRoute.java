package org.salestrack.ui.inventory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.salestrack.model.inventory.Transfer;

/**
 * The transfers of the plan from one province to another, whatever the SKU: one arrow on the tile map.
 * Units and cost are the sums of its transfers; the transfers themselves are kept for the tooltip.
 */
public record TransferRoute(String from, String to, long units, double cost, List<Transfer> transfers) {

    /** The routes of a plan, largest first; a province pair sending in both directions gives two routes. */
    public static List<TransferRoute> of(List<Transfer> plan) {
        Map<String, List<Transfer>> byPair = new LinkedHashMap<>();
        for (Transfer t : plan) {
            if (t.units() <= 0 || t.from().equals(t.to())) continue;
            byPair.computeIfAbsent(t.from() + ">" + t.to(), k -> new ArrayList<>()).add(t);
        }
        List<TransferRoute> out = new ArrayList<>();
        byPair.values().forEach(ts -> out.add(new TransferRoute(ts.get(0).from(), ts.get(0).to(), ts.stream().mapToLong(Transfer::units).sum(),
                ts.stream().mapToDouble(Transfer::cost).sum(), List.copyOf(ts))));
        out.sort(Comparator.comparingLong(TransferRoute::units).reversed().thenComparing(TransferRoute::from).thenComparing(TransferRoute::to));
        return out;
    }

    /** Units each province receives (positive) or sends (negative) under the plan. */
    public static Map<String, Long> net(List<Transfer> plan) {
        Map<String, Long> out = new TreeMap<>();
        for (Transfer t : plan) {
            if (t.from().equals(t.to())) continue;
            out.merge(t.from(), -t.units(), Long::sum);
            out.merge(t.to(), t.units(), Long::sum);
        }
        return out;
    }
}
