package org.salestrack.model;

/**
 * Great-circle distance on a spherical Earth of the IUGG mean radius; good to about 0.5%, plenty for "is
 * this 800 km away". The one distance the rules and the sample generator measure with.
 */
public final class Haversine {
    public static final double EARTH_RADIUS_KM = 6371.0088;

    private Haversine() {}

    public static double km(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
