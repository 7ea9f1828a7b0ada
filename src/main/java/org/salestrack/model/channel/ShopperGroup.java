package org.salestrack.model.channel;

/**
 * Customers of one kind (seen online and offline, online only, offline only) in a slice.
 *
 * @param purchases their purchases (a customer's day with a counted line)
 * @param repeaters those with more than one purchase
 */
public record ShopperGroup(long customers, long purchases, long repeaters, long spendE4) {
    public static final ShopperGroup NONE = new ShopperGroup(0, 0, 0, 0);

    /** Spend per customer in e4, or null without customers. */
    public Long spendPerCustomerE4() { return customers == 0 ? null : Math.round((double) spendE4 / customers); }

    /** Share of the customers who bought more than once, or null without customers. */
    public Double repeatRate() { return customers == 0 ? null : (double) repeaters / customers; }
}
