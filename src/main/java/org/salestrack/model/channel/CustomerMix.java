package org.salestrack.model.channel;

import java.util.List;

/**
 * Who buys through which channel type in a slice: units by age band, O2O orders (ordered online, picked up
 * in a store) and customers seen in both channel types against those seen in one.
 *
 * @param ageBands by band, in band order; empty when no line's customer has a band
 */
public record CustomerMix(List<AgeBandUnits> ageBands, long o2oOrders, long o2oUnits, long o2oAmountE4,
                          ShopperGroup both, ShopperGroup onlineOnly, ShopperGroup offlineOnly) {
    public CustomerMix {
        ageBands = List.copyOf(ageBands);
    }

    public static final CustomerMix EMPTY = new CustomerMix(List.of(), 0, 0, 0, ShopperGroup.NONE, ShopperGroup.NONE, ShopperGroup.NONE);

    public boolean hasCustomers() { return both.customers() + onlineOnly.customers() + offlineOnly.customers() > 0; }
}
