package org.salestrack.sample;

import org.salestrack.model.Haversine;

/** Great-circle distances, for documenting how far a dealer's normal business reaches. */
final class Distances {
    private Distances() {}

    /** The farthest any store or sell-through city lies from its dealer's registered location, rounded up. */
    static int dealerReachKm(Network network) {
        double max = 0;
        for (Dealer d : network.dealers()) {
            for (City c : d.cities()) max = Math.max(max, Haversine.km(d.lat(), d.lon(), c.lat(), c.lon()));
        }
        for (Store s : network.stores()) {
            if (s.dealerCode() == null) continue;
            Dealer d = network.dealer(s.dealerCode());
            max = Math.max(max, Haversine.km(d.lat(), d.lon(), s.lat(), s.lon()));
        }
        return (int) Math.ceil(max);
    }
}
