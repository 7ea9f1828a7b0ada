package org.salestrack.ui.lines;

import java.util.List;
import java.util.function.Function;
import org.salestrack.model.lines.LineSort;
import org.salestrack.model.lines.StoredLine;
import org.salestrack.report.TableColumn.Type;

/**
 * The columns of the lines list, shared by the table on screen and its CSV/XLSX export so both show the
 * same fields: the header key, the export type, the value, and the order a header click sorts by (null:
 * not sortable), and the width it starts with.
 */
record LineColumns(String key, Type type, Function<StoredLine, Object> value, LineSort sort, double width) {
    static final List<LineColumns> ALL = List.of(
            new LineColumns("lines.col.file", Type.TEXT, StoredLine::file, LineSort.SOURCE, 190),
            new LineColumns("lines.col.row", Type.INTEGER, l -> (long) l.sourceRow(), null, 60),
            new LineColumns("lines.col.sold_at", Type.TEXT, l -> l.soldAt() == null ? null : l.soldAt().replace('T', ' '), LineSort.SOLD_AT, 150),
            new LineColumns("lines.col.sku", Type.TEXT, StoredLine::sku, null, 200),
            new LineColumns("lines.col.qty", Type.INTEGER, StoredLine::qty, LineSort.QTY, 60),
            new LineColumns("lines.col.unit_price", Type.MONEY_E4, StoredLine::unitPriceE4, LineSort.UNIT_PRICE, 100),
            new LineColumns("lines.col.amount", Type.MONEY_E4, StoredLine::amountE4, LineSort.AMOUNT, 110),
            new LineColumns("lines.col.margin", Type.MONEY_E4, StoredLine::marginE4, LineSort.MARGIN, 100),
            new LineColumns("lines.col.hold", Type.TEXT, l -> l.hold().id(), null, 140),
            new LineColumns("lines.col.status", Type.TEXT, StoredLine::status, null, 80),
            new LineColumns("lines.col.channel", Type.TEXT, StoredLine::channel, null, 100),
            new LineColumns("lines.col.store", Type.TEXT, StoredLine::store, null, 150),
            new LineColumns("lines.col.dealer", Type.TEXT, StoredLine::dealer, null, 150),
            new LineColumns("lines.col.province", Type.TEXT, StoredLine::province, null, 80),
            new LineColumns("lines.col.city", Type.TEXT, StoredLine::city, null, 80),
            new LineColumns("lines.col.order", Type.TEXT, StoredLine::orderId, null, 120),
            new LineColumns("lines.col.line_no", Type.INTEGER, l -> (long) l.lineNo(), null, 50));

    String id() { return key.substring("lines.col.".length()); }
}
