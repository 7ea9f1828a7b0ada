package org.salestrack.model.market;

/** Our own counted sell-out in one cell of the panel's grid: province x month x category. */
public record OwnSales(String period, String province, String category, long units, long amountE4) {}
