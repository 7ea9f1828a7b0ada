package org.salestrack.analytics.feedback;

import java.util.List;
import java.util.Set;
import org.salestrack.model.Dimension;
import org.salestrack.model.cube.Slice;
import org.salestrack.model.feedback.ReviewFact;
import org.salestrack.model.feedback.TicketFact;

/**
 * The global filters applied to feedback. Reviews follow the product and channel filters, and the geography
 * filters (region, province, city) by the place of the order they were written on: a review whose order the sales
 * do not hold has no place, so a geography filter that keeps members leaves it out. The dealer and store filters
 * leave reviews alone (an online order has neither). Tickets follow product, channel, region, province, city,
 * dealer and store. Keys are those of the slice: ids for SKU, channel, dealer and store, province codes, text for
 * the other levels.
 */
public final class FeedbackFilter {
    private static final List<Dimension> PLACE = List.of(Dimension.REGION, Dimension.PROVINCE, Dimension.CITY);

    private FeedbackFilter() {}

    public static boolean keeps(Slice s, ReviewFact f) {
        return keepsOutsidePlace(s, f) && (s == null || ok(s, Dimension.REGION, f.region()) && ok(s, Dimension.PROVINCE, f.province())
                && ok(s, Dimension.CITY, f.city()));
    }

    /** Whether the filters other than the geography keep the review. */
    public static boolean keepsOutsidePlace(Slice s, ReviewFact f) {
        if (s == null) return true;
        return ok(s, Dimension.CATEGORY, f.category()) && ok(s, Dimension.SERIES, f.series()) && ok(s, Dimension.MODEL, f.model())
                && ok(s, Dimension.SKU, id(f.productId())) && ok(s, Dimension.CHANNEL, id(f.channelId()))
                && ok(s, Dimension.CHANNEL_TYPE, f.channelType());
    }

    /** Whether the slice filters the geography (a region, province or city kept or left out). */
    public static boolean filtersPlace(Slice s) {
        if (s == null) return false;
        for (Dimension d : PLACE) if (!s.keys(d).isEmpty() || !s.excludedKeys(d).isEmpty()) return true;
        return false;
    }

    public static boolean keeps(Slice s, TicketFact t) {
        if (s == null) return true;
        return ok(s, Dimension.CATEGORY, t.productCategory()) && ok(s, Dimension.SERIES, t.series()) && ok(s, Dimension.MODEL, t.model())
                && ok(s, Dimension.SKU, id(t.productId())) && ok(s, Dimension.CHANNEL, id(t.channelId()))
                && ok(s, Dimension.REGION, t.region()) && ok(s, Dimension.PROVINCE, t.province()) && ok(s, Dimension.CITY, t.city())
                && ok(s, Dimension.DEALER, id(t.dealerId())) && ok(s, Dimension.STORE, id(t.storeId()));
    }

    private static boolean ok(Slice s, Dimension d, String key) {
        Set<String> kept = s.keys(d);
        if (!kept.isEmpty() && (key == null || !kept.contains(key))) return false;
        return key == null || !s.excludedKeys(d).contains(key);
    }

    private static String id(Long id) { return id == null ? null : id.toString(); }
}
