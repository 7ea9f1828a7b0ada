package org.salestrack.model.market;

/** One brand's units and unit share in a group of panel cells (a month, a province). */
public record BrandShare(String key, String brand, boolean own, long units, double share) {}
