package org.salestrack.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one vocabulary of what sales are cut by: the summary, the series, the cube and its filters,
 * forecasting and the reports all name a dimension with this type, and the store alone knows its SQL.
 * Each dimension sits on one hierarchy, under its parent:
 * <pre>
 *   country > region > province > city > county > store     (geography; region = the province's sales region)
 *   category > series > model > SKU                           (product)
 *   channel type > channel                                    (channel)
 *   dealer tier > dealer                                      (dealer)
 *   customer segment                                          (customer)
 *   campaign                                                  (campaign)
 * </pre>
 * The declaration order is the order filters are applied in (a slice's map iterates in it).
 * Keys are stable ids (province codes, product, channel, dealer and store ids) or the text itself for
 * text-valued levels (region, city, category, series, model). Not every query answers every dimension:
 * the workspace keeps no county yet, and the cube's rollups keep neither customers nor campaigns.
 */
public enum Dimension {
    COUNTRY(Hierarchy.GEOGRAPHY, null),
    REGION(Hierarchy.GEOGRAPHY, COUNTRY),
    PROVINCE(Hierarchy.GEOGRAPHY, REGION),
    CITY(Hierarchy.GEOGRAPHY, PROVINCE),
    COUNTY(Hierarchy.GEOGRAPHY, CITY),
    CHANNEL_TYPE(Hierarchy.CHANNEL, null),
    CHANNEL(Hierarchy.CHANNEL, CHANNEL_TYPE),
    DEALER_TIER(Hierarchy.DEALER, null),
    DEALER(Hierarchy.DEALER, DEALER_TIER),
    /** an outlet; it sits in a city (the county when one is kept), sells through a channel and may belong to a dealer */
    STORE(Hierarchy.GEOGRAPHY, CITY),
    CATEGORY(Hierarchy.PRODUCT, null),
    SERIES(Hierarchy.PRODUCT, CATEGORY),
    MODEL(Hierarchy.PRODUCT, SERIES),
    SKU(Hierarchy.PRODUCT, MODEL),
    CUSTOMER_SEGMENT(Hierarchy.CUSTOMER, null),
    CAMPAIGN(Hierarchy.CAMPAIGN, null);

    /** The hierarchies dimensions sit on. */
    public enum Hierarchy { GEOGRAPHY, PRODUCT, CHANNEL, DEALER, CUSTOMER, CAMPAIGN }

    private final Hierarchy hierarchy;
    private final Dimension parent;

    Dimension(Hierarchy hierarchy, Dimension parent) {
        this.hierarchy = hierarchy;
        this.parent = parent;
    }

    /** The name in the command line and the bundles: {@code channel_type}, {@code sku}. */
    public String id() { return name().toLowerCase(Locale.ROOT); }

    public Hierarchy hierarchy() { return hierarchy; }

    /** The level above on the hierarchy, or empty at its top. */
    public Optional<Dimension> parent() { return Optional.ofNullable(parent); }

    /** This dimension's hierarchy from the top down to it: {@code [CATEGORY, SERIES, MODEL]} for MODEL. */
    public List<Dimension> path() {
        List<Dimension> out = new ArrayList<>();
        for (Dimension d = this; d != null; d = d.parent) out.add(d);
        Collections.reverse(out);
        return out;
    }

    /** The dimension with this {@link #id()}, or empty. */
    public static Optional<Dimension> byId(String id) {
        for (Dimension d : values()) if (d.id().equals(id)) return Optional.of(d);
        return Optional.empty();
    }
}
