package org.salestrack.sample;

/** Great-circle distances, for documenting how far a dealer's normal business reaches. */
final class Distances {
    private static final double EARTH_RADIUS_KM = 6371.0;

    private Distances() {}

    static double km(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(a));
    }

    /** The farthest any store or sell-through city lies from its dealer's registered location, rounded up. */
    static int dealerReachKm(Network network) {
        double max = 0;
        for (Dealer d : network.dealers()) {
            for (City c : d.cities()) max = Math.max(max, km(d.lat(), d.lon(), c.lat(), c.lon()));
        }
        for (Store s : network.stores()) {
            if (s.dealerCode() == null) continue;
            Dealer d = network.dealer(s.dealerCode());
            max = Math.max(max, km(d.lat(), d.lon(), s.lat(), s.lon()));
        }
        return (int) Math.ceil(max);
    }
}
