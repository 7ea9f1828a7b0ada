package org.salestrack.model.market;

import java.time.LocalDate;
import java.util.List;

/**
 * A policy that moves demand, e.g. a consumer subsidy of 15% of the price up to ¥500 for phones under
 * ¥6,000 (China's 2025 trade-in programme).
 *
 * @param provinces     GB/T 2260 codes it applies in; empty when nationwide
 * @param category      the category it covers, or null for every category
 * @param rate          the share of the price paid back (0.15), or 0 when the rule is not a rate
 * @param capE4      the most paid per unit, or null for no cap
 * @param maxPriceE4 the price a product must stay under to be eligible, or null for any price
 */
public record PolicyMeasure(long id, String name, List<String> provinces, LocalDate starts, LocalDate ends, String category,
                            double rate, Long capE4, Long maxPriceE4) {
    public PolicyMeasure {
        provinces = List.copyOf(provinces);
    }

    public boolean nationwide() { return provinces.isEmpty(); }

    /** The subsidy one unit at this price earns: the rate of the price up to the cap, nothing at or above the price limit. */
    public long subsidyE4(long priceE4) {
        if (maxPriceE4 != null && priceE4 >= maxPriceE4) return 0;
        long paid = Math.round(priceE4 * rate);
        return capE4 == null ? paid : Math.min(paid, capE4);
    }
}
