package org.salestrack.sample;

import java.time.LocalDate;

/** An inventory snapshot of one SKU at one location (a dealer warehouse or a store). */
public record StockRecord(LocalDate asOf, String locationCode, String locationType, Product product, int onHand,
                          int inTransit) {}
