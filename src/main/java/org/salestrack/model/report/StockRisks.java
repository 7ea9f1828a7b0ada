package org.salestrack.model.report;

import java.util.List;
import org.salestrack.model.inventory.ReplenishmentLine;
import org.salestrack.model.inventory.SlowMover;

/**
 * The workbook's slow movers and stock-out risks (issue 15 item 8) as of the period's last day: the slow
 * movers by SKU x region, and the location x SKU whose stock, without an order, falls under the safety
 * stock within the lead time ({@link ReplenishmentLine#stockOutRisk()}).
 */
public record StockRisks(List<SlowMover> slowMovers, List<ReplenishmentLine> stockOuts) {
    public static final StockRisks NONE = new StockRisks(List.of(), List.of());

    public StockRisks {
        slowMovers = List.copyOf(slowMovers);
        stockOuts = List.copyOf(stockOuts);
    }
}
