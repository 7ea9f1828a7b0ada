package org.salestrack.model.lines;

import java.time.LocalDate;

/**
 * One sales line as the workspace keeps it, with where it came from (file and row) and whether it is
 * counted: what a drill-through lists behind a figure. Money in cents; {@code marginCents} null when the
 * source had none.
 */
public record StoredLine(long id, String file, int sourceRow, LocalDate saleDate, String soldAt, String orderId, int lineNo,
                         String channel, String store, String dealer, String province, String city, String sku, long qty,
                         long unitPriceCents, long amountCents, Long marginCents, String status, LineHold hold) {

    /** Whether the line reaches totals and rollups: held nowhere and paid. */
    public boolean counted() { return hold == LineHold.COUNTED && "paid".equals(status); }
}
