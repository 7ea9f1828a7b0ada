package org.salestrack.store.report;

import org.salestrack.store.CountedSale;
import org.salestrack.store.sqlite.SqliteSalesSql;

/**
 * The counted sale lines of a report period joined with their dimensions, shared by every report query so
 * that the workbook counts exactly what {@link org.salestrack.store.SummaryQuery} counts ({@link CountedSale}).
 */
final class CountedSales {
    /** The reports run on the workspace's SQLite only, so they take its join of the lines with their dimensions. */
    static final String FROM = SqliteSalesSql.INSTANCE.factsWithDimensions();
    static final String WHERE = " WHERE " + CountedSale.where("s") + " AND s.sale_date >= ? AND s.sale_date <= ? ";
    static final String ORDERS = CountedSale.ORDERS;

    private CountedSales() {}
}
