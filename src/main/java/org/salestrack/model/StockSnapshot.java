package org.salestrack.model;

import java.time.LocalDate;

/**
 * Stock of one SKU at one location on one day. {@code dealerCode} is set when the location is a dealer's
 * own warehouse (the stock that sell-in fills and sell-through drains), null for store shelves and the
 * brand's warehouses.
 */
public record StockSnapshot(LocalDate asOf, String locationCode, String dealerCode, String sku,
                            long onHand, long inTransit) {
}
