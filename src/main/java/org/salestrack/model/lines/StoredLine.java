package org.salestrack.model.lines;

import java.time.LocalDate;

/**
 * One sales line as the workspace keeps it, with where it came from (file and row) and whether it is
 * counted: what a drill-through lists behind a figure. Money in e4 (ten-thousandths of a yuan); {@code marginE4} null when the
 * source had none.
 */
public record StoredLine(long id, String file, int sourceRow, LocalDate saleDate, String soldAt, String orderId, int lineNo,
                         String channel, String store, String dealer, String province, String city, String sku, long qty,
                         long unitPriceE4, long amountE4, Long marginE4, String status, LineHold hold) {

    /** Whether the line reaches totals and rollups: held nowhere and paid. */
    public boolean counted() { return hold == LineHold.COUNTED && "paid".equals(status); }
}
