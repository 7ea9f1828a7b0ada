package org.salestrack.model.inventory;

/**
 * How a location is replenished: days from order to shelf, days between orders, the pack an order comes
 * in and the least that can be ordered.
 */
public record LocationTerms(int leadTimeDays, int reviewDays, int packSize, int minOrder) {
    public LocationTerms {
        if (leadTimeDays < 1 || reviewDays < 1 || packSize < 1 || minOrder < 0) {
            throw new IllegalArgumentException("lead time, review period and pack size are at least 1, the minimum order at least 0: "
                    + leadTimeDays + ", " + reviewDays + ", " + packSize + ", " + minOrder);
        }
    }
}
