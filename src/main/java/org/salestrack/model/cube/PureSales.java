package org.salestrack.model.cube;

import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which campaigns "pure" sales leave out (issue 16 #5): none ({@link #OFF}), every campaign ({@link #ALL}), or the
 * campaigns carrying one of {@code tags} (e.g. 618, 双11). A sale is left out when a chosen campaign covers its
 * day, channel and province; tags compare without case, trimmed.
 */
public record PureSales(boolean on, Set<String> tags) {
    public static final PureSales OFF = new PureSales(false, Set.of());
    public static final PureSales ALL = new PureSales(true, Set.of());

    public PureSales {
        TreeSet<String> norm = new TreeSet<>();
        for (String t : tags) if (t != null && !t.isBlank()) norm.add(normalise(t));
        tags = Collections.unmodifiableSet(norm);
        if (!on && !tags.isEmpty()) throw new IllegalArgumentException("tags without leaving campaigns out");
    }

    /** The campaigns with one of {@code tags}; none: every campaign. */
    public static PureSales tags(Set<String> tags) { return new PureSales(true, tags); }

    /** Whether every campaign counts, whatever its tag. */
    public boolean allCampaigns() { return on && tags.isEmpty(); }

    /** How a campaign's tag is kept and compared. */
    public static String normalise(String tag) { return tag == null ? "" : tag.strip().toLowerCase(Locale.ROOT); }
}
