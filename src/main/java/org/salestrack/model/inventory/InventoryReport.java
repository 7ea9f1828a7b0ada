package org.salestrack.model.inventory;

import java.time.LocalDate;
import java.util.List;

/** Everything the inventory module says about a workspace as of one day. */
public record InventoryReport(LocalDate asOf, InventoryParameters parameters, List<StockPosition> positions, List<ProvinceCover> cover,
                              List<ReplenishmentLine> replenishment, List<SlowMover> slowMovers, List<Transfer> transfers) {
    public InventoryReport {
        positions = List.copyOf(positions);
        cover = List.copyOf(cover);
        replenishment = List.copyOf(replenishment);
        slowMovers = List.copyOf(slowMovers);
        transfers = List.copyOf(transfers);
    }
}
