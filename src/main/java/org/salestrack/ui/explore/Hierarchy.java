package org.salestrack.ui.explore;

import java.util.List;
import org.salestrack.model.cube.Dim;
import org.salestrack.model.cube.Slice;

/** The drill paths the explorer offers on its rows. */
public enum Hierarchy {
    GEOGRAPHY(List.of(Dim.REGION, Dim.PROVINCE, Dim.CITY, Dim.STORE)),
    PRODUCT(List.of(Dim.CATEGORY, Dim.SERIES, Dim.MODEL, Dim.SKU)),
    CHANNEL(List.of(Dim.CHANNEL_TYPE, Dim.CHANNEL, Dim.STORE)),
    DEALER(List.of(Dim.DEALER, Dim.STORE));

    private final List<Dim> levels;

    Hierarchy(List<Dim> levels) { this.levels = levels; }

    public List<Dim> levels() { return levels; }

    /** The level to show: the first not already narrowed to a single member by the filters. */
    public Dim level(Slice slice) {
        for (Dim d : levels) if (slice.keys(d).size() != 1) return d;
        return levels.get(levels.size() - 1);
    }

    /** The level below {@code d}, or null at the bottom. */
    public Dim below(Dim d) {
        int i = levels.indexOf(d);
        return i < 0 || i == levels.size() - 1 ? null : levels.get(i + 1);
    }

    public String key() { return "hierarchy." + name().toLowerCase(java.util.Locale.ROOT); }
}
