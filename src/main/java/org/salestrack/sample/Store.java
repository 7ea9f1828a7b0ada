package org.salestrack.sample;

import org.salestrack.model.County;

/** A shop with a POS: brand-run (direct), dealer-run (authorised) or a carrier shop supplied by a dealer; null county outside the mainland. */
public record Store(String code, String name, Channel channel, String dealerCode, City city,
                    double lat, double lon, double size, County county) {

    public String provinceCode() { return city.provinceCode(); }

    public Store withCounty(County c) { return new Store(code, name, channel, dealerCode, city, lat, lon, size, c); }
}
