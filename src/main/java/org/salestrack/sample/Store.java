package org.salestrack.sample;

/** A shop with a POS: brand-run (direct), dealer-run (authorised) or a carrier shop supplied by a dealer. */
public record Store(String code, String name, Channel channel, String dealerCode, City city,
                    double lat, double lon, double size) {

    public String provinceCode() { return city.provinceCode(); }
}
