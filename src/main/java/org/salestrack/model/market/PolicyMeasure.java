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
 * @param capCents      the most paid per unit, or null for no cap
 * @param maxPriceCents the price a product must stay under to be eligible, or null for any price
 */
public record PolicyMeasure(long id, String name, List<String> provinces, LocalDate starts, LocalDate ends, String category,
                            double rate, Long capCents, Long maxPriceCents) {
    public PolicyMeasure {
        provinces = List.copyOf(provinces);
    }

    public boolean nationwide() { return provinces.isEmpty(); }

    /** The subsidy one unit at this price earns: the rate of the price up to the cap, nothing at or above the price limit. */
    public long subsidyCents(long priceCents) {
        if (maxPriceCents != null && priceCents >= maxPriceCents) return 0;
        long paid = Math.round(priceCents * rate);
        return capCents == null ? paid : Math.min(paid, capCents);
    }
}
