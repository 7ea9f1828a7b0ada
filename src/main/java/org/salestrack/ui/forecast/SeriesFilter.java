package org.salestrack.ui.forecast;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.salestrack.forecast.service.SeriesHistory;
import org.salestrack.model.Dimension;
import org.salestrack.model.cube.Member;
import org.salestrack.model.cube.Slice;

/**
 * Keeps the series of a level that the global filters allow. The filters hold member keys (province
 * codes, channel ids); a series holds the level's labels (province names, channel names), so keys are
 * mapped to labels through the members. A filter on a dimension outside the level cannot narrow it.
 */
final class SeriesFilter {
    /** The levels whose series the filters narrow (series levels are {@link Dimension#id()}s). */
    private static final Set<Dimension> FILTERED = EnumSet.of(Dimension.REGION, Dimension.PROVINCE, Dimension.CHANNEL,
            Dimension.CATEGORY, Dimension.SERIES, Dimension.MODEL, Dimension.SKU);

    private SeriesFilter() {}

    static List<SeriesHistory> apply(List<SeriesHistory> all, List<String> level, Slice slice, Function<Dimension, List<Member>> members) {
        List<Set<String>> allowed = level.stream().map(l -> labels(dim(l), slice, members)).toList();
        return all.stream().filter(s -> {
            for (int i = 0; i < level.size(); i++) {
                Set<String> ok = allowed.get(i);
                if (ok != null && !ok.contains(s.keys().get(i))) return false;
            }
            return true;
        }).toList();
    }

    /** True when a filter is set on a dimension the level does not include. */
    static boolean ignoresSome(List<String> level, Slice slice) {
        for (Dimension d : slice.filtered()) {
            if (level.stream().noneMatch(l -> dim(l) == d)) return true;
        }
        return false;
    }

    private static Dimension dim(String level) { return Dimension.byId(level).filter(FILTERED::contains).orElse(null); }

    /** Labels the filter keeps for a dimension, or null when it keeps everything. */
    private static Set<String> labels(Dimension dim, Slice slice, Function<Dimension, List<Member>> members) {
        Set<String> keys = slice.keys(dim);
        Set<String> excluded = slice.excludedKeys(dim);
        if (keys.isEmpty() && excluded.isEmpty()) return null;
        Set<String> out = new HashSet<>();
        for (Member m : members.apply(dim)) {
            if (!keys.isEmpty() && !keys.contains(m.key()) || excluded.contains(m.key())) continue;
            // a SKU's label is "code name"; the series carries the code only
            out.add(dim == Dimension.SKU ? m.label().split(" ", 2)[0] : m.label());
        }
        return out;
    }
}
