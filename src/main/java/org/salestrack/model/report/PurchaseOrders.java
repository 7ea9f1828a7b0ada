package org.salestrack.model.report;

import java.util.List;
import org.salestrack.model.inventory.ReplenishmentLine;

/**
 * The workbook's purchase orders as of the period's last day (issue 23): the replenishment lines with something
 * to order, among the location x SKU with a stock count.
 *
 * @param lines     the orders listed: all of them, or the largest by value at unit cost when there are more than
 *                  the workbook lists, in the plan's order (location, SKU)
 * @param notShown  the orders beyond those listed
 * @param uncounted location x SKU that sold lately without any stock count: no order is computed for them
 */
public record PurchaseOrders(List<ReplenishmentLine> lines, int notShown, int uncounted) {
    public static final PurchaseOrders NONE = new PurchaseOrders(List.of(), 0, 0);

    public PurchaseOrders {
        lines = List.copyOf(lines);
    }

    /** Every one of {@code lines}, none left out, none uncounted. */
    public static PurchaseOrders of(List<ReplenishmentLine> lines) { return new PurchaseOrders(lines, 0, 0); }

    public boolean isEmpty() { return lines.isEmpty(); }
}
