package org.salestrack.report;

import org.apache.poi.ss.usermodel.Sheet;
import org.salestrack.model.inventory.ReplenishmentLine;
import org.salestrack.model.report.PurchaseOrders;
import org.salestrack.model.report.SalesReportData;
import org.salestrack.report.Styles.Kind;

/**
 * The purchase-order list as of the period's last day: each location x SKU with something to order. The
 * reorder point and the order are live formulas over the row's stock, demand, safety stock, pack and
 * minimum order, so a planner who corrects a count or a pack size in the sheet sees the order follow, as
 * the engine would round it: up to the order-up-to level in whole packs, at least the minimum order, and
 * nothing while the position (on hand + in transit) is above the reorder point. Only counted stock is planned: a
 * location x SKU that sold without any stock count is counted in a note above the table, and above
 * {@code SalesReportService.INVENTORY_ROWS} orders the largest by value at unit cost are listed, the rest counted
 * below the total (issue 23).
 */
final class InventorySheet {
    static final int HEADER = 3;
    static final String[] COLUMNS = {"col.location", "col.province", "col.sku", "col.onHand", "col.inTransit", "col.leadTime",
        "col.demandLt", "col.safetyStock", "col.reorderPoint", "col.orderUpTo", "col.pack", "col.minOrder", "col.orderQty"};
    static final int ON_HAND = 3;
    static final int ORDER = 12;

    private final ReportLabels labels;

    InventorySheet(ReportLabels labels) { this.labels = labels; }

    void write(Sheet sheet, Grid g, SalesReportData d) {
        g.banner(0, 0, labels.format("inventory.title", d.period().atEndOfMonth().toString()), g.styles().title());
        g.banner(1, 0, labels.get("inventory.note"), g.styles().note());
        for (int c = 0; c < COLUMNS.length; c++) g.header(HEADER, c, labels.get(COLUMNS[c]));
        PurchaseOrders orders = d.purchaseOrders();
        // a location x SKU never counted has no known position: say how many were left unplanned (issue 23)
        if (orders.uncounted() > 0) g.banner(2, 0, labels.format("inventory.uncounted", orders.uncounted()), g.styles().note());
        SheetLayout.frame(sheet, HEADER, 3);
        if (orders.isEmpty()) {
            g.banner(HEADER + 1, 0, labels.get("none.inventory"), g.styles().note());
            return;
        }
        int first = HEADER + 1;
        int r = first;
        for (ReplenishmentLine l : orders.lines()) {
            g.text(r, 0, l.location());
            g.text(r, 1, org.salestrack.model.Provinces.get().name(l.province(), labels.chinese(), l.province()));
            g.text(r, 2, l.sku());
            g.integer(r, 3, l.onHand(), false);
            g.integer(r, 4, l.inTransit(), false);
            g.integer(r, 5, l.leadTimeDays(), false);
            g.decimal(r, 6, l.demandLt());
            g.decimal(r, 7, l.safetyStock());
            g.formula(r, 8, Grid.ref(r, 6) + "+" + Grid.ref(r, 7), Kind.DECIMAL, false);
            g.decimal(r, 9, l.orderUpTo());
            g.integer(r, 10, l.packSize(), false);
            g.integer(r, 11, l.minOrder(), false);
            g.formula(r, ORDER, order(r), Kind.INTEGER, false);
            r++;
        }
        int total = r;
        g.totalLabel(total, ORDER - 1, labels.get("total"));
        g.formula(total, ORDER, "SUM(" + Grid.range(first, ORDER, total - 1, ORDER) + ")", Kind.INTEGER, true);
        SheetLayout.filter(sheet, HEADER, total - 1, COLUMNS.length - 1);
        if (orders.notShown() > 0) g.banner(total + 1, 0, labels.format("inventory.more", orders.notShown(), orders.lines().size()), g.styles().note());
    }

    /** IF(position <= reorder point, MAX(CEILING(order-up-to - position, pack), CEILING(minimum, pack)), 0). */
    static String order(int r) {
        String position = "(" + Grid.ref(r, 3) + "+" + Grid.ref(r, 4) + ")";
        String pack = Grid.ref(r, 10);
        return "IF(" + position + "<=" + Grid.ref(r, 8) + ",MAX(CEILING(" + Grid.ref(r, 9) + "-" + position + "," + pack + "),CEILING("
                + Grid.ref(r, 11) + "," + pack + ")),0)";
    }
}
