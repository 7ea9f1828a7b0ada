package org.salestrack.model.inventory;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the inventory module says about a workspace as of one day.
 *
 * @param uncounted the location x SKU that sold in the recent weeks but have no stock count on or before the day:
 *                  planned from their sales with nothing on hand by the full plan, left out of the workbook's
 *                  plan (an unknown position is neither an order nor a risk)
 */
public record InventoryReport(LocalDate asOf, InventoryParameters parameters, List<StockPosition> positions, List<ProvinceCover> cover,
                              List<ReplenishmentLine> replenishment, List<SlowMover> slowMovers, List<Transfer> transfers, int uncounted) {
    public InventoryReport {
        positions = List.copyOf(positions);
        cover = List.copyOf(cover);
        replenishment = List.copyOf(replenishment);
        slowMovers = List.copyOf(slowMovers);
        transfers = List.copyOf(transfers);
    }
}
