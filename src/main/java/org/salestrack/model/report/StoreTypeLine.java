package org.salestrack.model.report;

/** Counted offline sales in the report period by the type of store that sold them. */
public record StoreTypeLine(String storeType, long qty, long amountE4) {}
