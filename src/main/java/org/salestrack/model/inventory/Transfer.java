package org.salestrack.model.inventory;

/** Units of one SKU to move from a province with surplus to one short of it, and what moving them costs. */
public record Transfer(String from, String to, String sku, long units, double cost) {}
