package org.salestrack.model;

import java.time.LocalDate;

/** One stored sell-in line (a shipment to a dealer) with where it came from. */
public record SellInFact(long rowId, long batchId, String fileName, int sourceRow,
                         LocalDate shippedAt, String dealerCode, String sku, long qty) {}
