package org.salestrack.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.salestrack.model.Dimension;
import org.salestrack.model.cube.Slice;

/**
 * The filters acting on a view in words: the date range, then each filtered dimension with the members
 * it keeps and those it leaves out ("Province: 广东, 浙江 · Channel: not 天猫"). Shown above the
 * dashboard and printed on its exports.
 */
public final class FilterSummary {
    private FilterSummary() {}

    public static String describe(Slice slice, StateManager state, I18n i18n) {
        List<String> parts = new ArrayList<>();
        parts.add(i18n.get("filters.range", slice.from().toString(), slice.to().toString()));
        return members(parts, slice, state, i18n);
    }

    /** The member filters only, for views that choose their own dates (customers look from an as-of day). */
    public static String describeMembers(Slice slice, StateManager state, I18n i18n) {
        return members(new ArrayList<>(), slice, state, i18n);
    }

    private static String members(List<String> parts, Slice slice, StateManager state, I18n i18n) {
        for (Dimension d : slice.filtered()) {
            List<String> items = new ArrayList<>();
            Set<String> kept = slice.keys(d);
            for (String k : kept) items.add(name(state, d, k, i18n));
            for (String k : slice.excludedKeys(d)) items.add(i18n.get("filters.not", name(state, d, k, i18n)));
            parts.add(i18n.get("dim." + d.id()) + ": " + String.join(", ", items));
        }
        if (!slice.hasMemberFilters() && !slice.pure().on()) parts.add(i18n.get("filters.none"));
        if (slice.pure().on()) parts.add(PureSalesPicker.describe(slice.pure(), i18n));
        return String.join(" · ", parts);
    }

    private static String name(StateManager state, Dimension d, String key, I18n i18n) {
        return MemberNames.of(d, key, state.label(d, key), i18n);
    }
}
