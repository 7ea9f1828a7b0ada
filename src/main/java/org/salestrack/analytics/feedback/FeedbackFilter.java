package org.salestrack.analytics.feedback;

import java.util.Set;
import org.salestrack.model.Dimension;
import org.salestrack.model.cube.Slice;
import org.salestrack.model.feedback.ReviewFact;
import org.salestrack.model.feedback.TicketFact;

/**
 * The global filters applied to feedback. Reviews follow the product and channel filters (an online review
 * has no place, so the geography and dealer filters leave reviews alone); tickets follow product, channel,
 * province, dealer and store. Keys are those of the slice: ids for SKU, channel, dealer and store, text
 * for the other levels.
 */
public final class FeedbackFilter {
    private FeedbackFilter() {}

    public static boolean keeps(Slice s, ReviewFact f) {
        if (s == null) return true;
        return ok(s, Dimension.CATEGORY, f.category()) && ok(s, Dimension.SERIES, f.series()) && ok(s, Dimension.MODEL, f.model())
                && ok(s, Dimension.SKU, id(f.productId())) && ok(s, Dimension.CHANNEL, id(f.channelId()))
                && ok(s, Dimension.CHANNEL_TYPE, f.channelType());
    }

    public static boolean keeps(Slice s, TicketFact t) {
        if (s == null) return true;
        return ok(s, Dimension.CATEGORY, t.productCategory()) && ok(s, Dimension.SERIES, t.series()) && ok(s, Dimension.MODEL, t.model())
                && ok(s, Dimension.SKU, id(t.productId())) && ok(s, Dimension.CHANNEL, id(t.channelId()))
                && ok(s, Dimension.PROVINCE, t.province()) && ok(s, Dimension.DEALER, id(t.dealerId()))
                && ok(s, Dimension.STORE, id(t.storeId()));
    }

    private static boolean ok(Slice s, Dimension d, String key) {
        Set<String> kept = s.keys(d);
        if (!kept.isEmpty() && (key == null || !kept.contains(key))) return false;
        return key == null || !s.excludedKeys(d).contains(key);
    }

    private static String id(Long id) { return id == null ? null : id.toString(); }
}
