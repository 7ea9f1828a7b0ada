package org.salestrack.model.market;

/**
 * One row of a market panel as a research firm sells it: a province's month of one category, for one
 * brand and price band when the panel breaks them out (null when the row is a total).
 *
 * @param period     YYYY-MM
 * @param province   GB/T 2260 code
 * @param valueE4 sales value in e4, or 0 when the panel gives units only
 */
public record PanelRow(String period, String province, String category, String brand, String priceBand,
                       long units, long valueE4) {}
