package org.salestrack.sample;

import java.time.LocalDate;

/** A month's shipments of one SKU from the brand to one dealer. */
public record SellInRecord(LocalDate shippedAt, Dealer dealer, Product product, int qty, long amountE4) {}
