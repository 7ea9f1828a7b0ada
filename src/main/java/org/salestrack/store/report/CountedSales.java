package org.salestrack.store.report;

import org.salestrack.store.CountedSale;

/**
 * The counted sale lines of a report period joined with their dimensions, shared by every report query so
 * that the workbook counts exactly what {@link org.salestrack.store.SummaryQuery} counts ({@link CountedSale}).
 */
final class CountedSales {
    static final String FROM = " FROM sale s JOIN region r ON r.id = s.region_id LEFT JOIN province pv ON pv.code = r.province "
            + "JOIN channel ch ON ch.id = s.channel_id LEFT JOIN dealer dl ON dl.id = s.dealer_id "
            + "LEFT JOIN store st ON st.id = s.store_id JOIN product p ON p.id = s.product_id ";
    static final String WHERE = " WHERE " + CountedSale.where("s") + " AND s.sale_date >= ? AND s.sale_date <= ? ";
    static final String ORDERS = CountedSale.ORDERS;

    private CountedSales() {}
}
