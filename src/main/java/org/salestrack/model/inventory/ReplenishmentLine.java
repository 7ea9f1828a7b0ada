package org.salestrack.model.inventory;

/**
 * The order suggestion for one location x SKU. Demand and stocks are in units over the lead time.
 *
 * @param demandLt     expected demand over the lead time
 * @param safetyStock  z x sigma(daily forecast error) x sqrt(lead time)
 * @param reorderPoint demand over the lead time plus safety stock
 * @param orderUpTo    what the position is raised to when an order is placed: demand over lead time and
 *                     review period plus safety stock
 * @param orderQty     units to order now, in whole packs and at least the minimum order; 0 above the reorder point
 * @param model        the forecasting method the demand came from
 * @param packSize     orders come in whole packs of this many units
 * @param minOrder     the least an order may be
 */
public record ReplenishmentLine(String location, LocationType type, String province, String sku, long onHand, long inTransit,
                                int leadTimeDays, double demandLt, double safetyStock, double reorderPoint,
                                double orderUpTo, long orderQty, String model, int packSize, int minOrder) {
    /** What the location will hold at the end of the lead time if nothing is ordered: on hand + in transit - demand over the lead time. */
    public double projectedStock() { return onHand + inTransit - demandLt; }

    /** A stock-out risk (issue 15): the projected stock falls under the safety stock within the lead time. */
    public boolean stockOutRisk() { return demandLt > 0 && projectedStock() < safetyStock; }
}
