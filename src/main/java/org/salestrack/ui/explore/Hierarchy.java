package org.salestrack.ui.explore;

import java.util.List;
import org.salestrack.model.Dimension;
import org.salestrack.model.cube.Slice;

/** The drill paths the explorer offers on its rows. */
public enum Hierarchy {
    GEOGRAPHY(List.of(Dimension.REGION, Dimension.PROVINCE, Dimension.CITY, Dimension.STORE)),
    PRODUCT(List.of(Dimension.CATEGORY, Dimension.SERIES, Dimension.MODEL, Dimension.SKU)),
    CHANNEL(List.of(Dimension.CHANNEL_TYPE, Dimension.CHANNEL, Dimension.STORE)),
    DEALER(List.of(Dimension.DEALER, Dimension.STORE));

    private final List<Dimension> levels;

    Hierarchy(List<Dimension> levels) { this.levels = levels; }

    public List<Dimension> levels() { return levels; }

    /** The level to show: the first not already narrowed to a single member by the filters. */
    public Dimension level(Slice slice) {
        for (Dimension d : levels) if (slice.keys(d).size() != 1) return d;
        return levels.get(levels.size() - 1);
    }

    /** The level below {@code d}, or null at the bottom. */
    public Dimension below(Dimension d) {
        int i = levels.indexOf(d);
        return i < 0 || i == levels.size() - 1 ? null : levels.get(i + 1);
    }

    public String key() { return "hierarchy." + name().toLowerCase(java.util.Locale.ROOT); }
}
