package org.salestrack.store;

import org.salestrack.model.SaleStatus;

/**
 * The one definition of a counted sale line, in SQL: paid, and not held (a held line is a duplicate, in
 * quarantine or rejected on review). The summary, the sale_day rollup (and so the cube and the series),
 * the reports and the dealer measures all count exactly these lines, so their totals agree.
 */
public final class CountedSale {
    /** Distinct orders among the counted lines of {@code sale s}: an order id is unique within its channel; a line without one is an order of its own. */
    public static final String ORDERS = "COUNT(DISTINCT s.channel_id || ':' || COALESCE(s.order_id, '#' || s.id))";

    private CountedSale() {}

    /** The condition on the sale table known as {@code alias} in the query, or unaliased when {@code alias} is empty. */
    public static String where(String alias) {
        String col = alias.isEmpty() ? "" : alias + ".";
        return col + "hold = 0 AND " + col + "status = '" + SaleStatus.PAID.id() + "'";
    }
}
