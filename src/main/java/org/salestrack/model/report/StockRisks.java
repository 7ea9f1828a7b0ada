package org.salestrack.model.report;

import java.util.List;
import org.salestrack.model.inventory.ReplenishmentLine;
import org.salestrack.model.inventory.SlowMover;

/**
 * The workbook's slow movers and stock-out risks (issue 15 item 8) as of the period's last day: the slow
 * movers by SKU x region (a few hundred at most: SKUs x sales regions), and the location x SKU with a stock
 * count whose stock, without an order, falls under the safety stock within the lead time
 * ({@link ReplenishmentLine#stockOutRisk()}).
 *
 * @param stockOuts         the risks listed: all of them, or the largest by value at unit cost when there are more
 *                          than the workbook lists (issue 23), in the plan's order (location, SKU)
 * @param stockOutsNotShown the risks beyond those listed
 * @param uncounted         location x SKU that sold lately without any stock count: their position is unknown, so they
 *                          are not judged a risk (nor given an order)
 */
public record StockRisks(List<SlowMover> slowMovers, List<ReplenishmentLine> stockOuts, int stockOutsNotShown, int uncounted) {
    public static final StockRisks NONE = new StockRisks(List.of(), List.of(), 0, 0);

    public StockRisks {
        slowMovers = List.copyOf(slowMovers);
        stockOuts = List.copyOf(stockOuts);
    }
}
