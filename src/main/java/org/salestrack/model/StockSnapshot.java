package org.salestrack.model;

import java.time.LocalDate;

/**
 * Stock of one SKU at one location on one day. {@code dealerCode} is the dealer the location belongs to
 * (the dealer itself, or the dealer of a store), null when the location belongs to no dealer.
 */
public record StockSnapshot(LocalDate asOf, String locationCode, String dealerCode, String sku,
                            long onHand, long inTransit) {

    /** Units the location holds or has been shipped and not yet received: both were sold in to it. */
    public long units() { return onHand + inTransit; }
}
