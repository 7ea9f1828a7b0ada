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
 * dimension absent from the map is not filtered). Immutable; the "with" methods return a new slice.
 */
public record Slice(LocalDate from, LocalDate to, Map<Dimension, Set<String>> members) {
    public Slice {
        if (from.isAfter(to)) throw new IllegalArgumentException("range starts " + from + " after it ends " + to);
        EnumMap<Dimension, Set<String>> copy = new EnumMap<>(Dimension.class);
        members.forEach((d, keys) -> {
            if (!keys.isEmpty()) copy.put(d, Collections.unmodifiableSet(new LinkedHashSet<>(keys)));
        });
        members = Collections.unmodifiableMap(copy);
    }

    public static Slice of(LocalDate from, LocalDate to) { return new Slice(from, to, Map.of()); }

    public Slice with(Dimension dim, Set<String> keys) {
        EnumMap<Dimension, Set<String>> m = new EnumMap<>(Dimension.class);
        m.putAll(members);
        if (keys == null || keys.isEmpty()) m.remove(dim); else m.put(dim, keys);
        return new Slice(from, to, m);
    }

    public Slice with(Dimension dim, String key) { return with(dim, Set.of(key)); }

    public Slice withRange(LocalDate f, LocalDate t) { return new Slice(f, t, members); }

    public Set<String> keys(Dimension dim) { return members.getOrDefault(dim, Set.of()); }

    public long days() { return ChronoUnit.DAYS.between(from, to) + 1; }

    /** The same number of days just before this range: "previous period" for growth. */
    public Slice previousPeriod() {
        long n = days();
        return withRange(from.minusDays(n), from.minusDays(1));
    }

    /** The same dates one year earlier: "same period last year". */
    public Slice lastYear() { return withRange(from.minusYears(1), to.minusYears(1)); }
}
