package org.salestrack.model.cube;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.salestrack.model.Dimension;

/**
 * A filter over the sales cube: an inclusive date range and, per dimension, the member keys kept (a
 * dimension absent from the map is not filtered) and the member keys left out ({@code excluded}; a
 * dimension can have both: keep these, but not those), and the campaigns whose sales are left out ({@code pure},
 * {@link PureSales#OFF} by default). Immutable; the "with" methods return a new slice.
 */
public record Slice(LocalDate from, LocalDate to, Map<Dimension, Set<String>> members, Map<Dimension, Set<String>> excluded,
                    PureSales pure) {
    public Slice {
        if (from.isAfter(to)) throw new IllegalArgumentException("range starts " + from + " after it ends " + to);
        members = copy(members);
        excluded = copy(excluded);
        if (pure == null) pure = PureSales.OFF;
    }

    public Slice(LocalDate from, LocalDate to, Map<Dimension, Set<String>> members, Map<Dimension, Set<String>> excluded) {
        this(from, to, members, excluded, PureSales.OFF);
    }

    /** A slice that only keeps members (no exclusions). */
    public Slice(LocalDate from, LocalDate to, Map<Dimension, Set<String>> members) { this(from, to, members, Map.of()); }

    private static Map<Dimension, Set<String>> copy(Map<Dimension, Set<String>> byDim) {
        EnumMap<Dimension, Set<String>> copy = new EnumMap<>(Dimension.class);
        byDim.forEach((d, keys) -> {
            if (!keys.isEmpty()) copy.put(d, Collections.unmodifiableSet(new LinkedHashSet<>(keys)));
        });
        return Collections.unmodifiableMap(copy);
    }

    public static Slice of(LocalDate from, LocalDate to) { return new Slice(from, to, Map.of()); }

    /** Keeps exactly {@code keys} of a dimension (none: no filter), dropping its exclusions. */
    public Slice with(Dimension dim, Set<String> keys) {
        return new Slice(from, to, put(members, dim, keys), put(excluded, dim, Set.of()), pure);
    }

    public Slice with(Dimension dim, String key) { return with(dim, Set.of(key)); }

    /** Leaves {@code keys} of a dimension out (none: no exclusion); a kept member that is
     * excluded is no longer kept (excluding the only kept member leaves all the others). */
    public Slice without(Dimension dim, Set<String> keys) {
        Set<String> kept = new LinkedHashSet<>(keys(dim));
        kept.removeAll(keys);
        return new Slice(from, to, put(members, dim, kept), put(excluded, dim, keys), pure);
    }

    private static Map<Dimension, Set<String>> put(Map<Dimension, Set<String>> byDim, Dimension dim, Set<String> keys) {
        EnumMap<Dimension, Set<String>> m = new EnumMap<>(Dimension.class);
        m.putAll(byDim);
        if (keys == null || keys.isEmpty()) m.remove(dim); else m.put(dim, keys);
        return m;
    }

    public Slice withRange(LocalDate f, LocalDate t) { return new Slice(f, t, members, excluded, pure); }

    /** The same filters with these campaigns' sales left out ({@link PureSales#OFF}: none). */
    public Slice withPure(PureSales p) { return new Slice(from, to, members, excluded, p); }

    public Set<String> keys(Dimension dim) { return members.getOrDefault(dim, Set.of()); }

    public Set<String> excludedKeys(Dimension dim) { return excluded.getOrDefault(dim, Set.of()); }

    /** Every dimension this slice keeps or leaves out members of. */
    public Set<Dimension> filtered() {
        Set<Dimension> out = java.util.EnumSet.noneOf(Dimension.class);
        out.addAll(members.keySet());
        out.addAll(excluded.keySet());
        return out;
    }

    /** Whether any member filter is set (the date range aside). */
    public boolean hasMemberFilters() { return !members.isEmpty() || !excluded.isEmpty(); }

    public long days() { return ChronoUnit.DAYS.between(from, to) + 1; }

    /** The same number of days just before this range: "previous period" for growth. */
    public Slice previousPeriod() {
        long n = days();
        return withRange(from.minusDays(n), from.minusDays(1));
    }

    /** The same dates one year earlier: "same period last year". */
    public Slice lastYear() { return withRange(from.minusYears(1), to.minusYears(1)); }
}
