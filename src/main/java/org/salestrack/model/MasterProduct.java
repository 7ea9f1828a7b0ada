package org.salestrack.model;

import java.time.LocalDate;

/**
 * One SKU of the product master: where it sits in sku > model > series > category, when it launches (null when the
 * master does not say) and its list price in ten-thousandths of a yuan (0 when not given).
 */
public record MasterProduct(String sku, String model, String series, String category, LocalDate launchDate, long listPriceE4) {}
