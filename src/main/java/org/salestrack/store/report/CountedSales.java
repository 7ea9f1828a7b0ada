package org.salestrack.store.report;

import org.salestrack.store.CountedSale;

/**
 * The counted sale lines of a report period (joined with their dimensions by the engine's {@code factsWithDimensions}),
 * shared by every report query so that the workbook counts exactly what {@link org.salestrack.store.SummaryQuery} counts ({@link CountedSale}).
 */
final class CountedSales {
    static final String WHERE = " WHERE " + CountedSale.where("s") + " AND s.sale_date >= ? AND s.sale_date <= ? ";
    static final String ORDERS = CountedSale.ORDERS;

    private CountedSales() {}
}
