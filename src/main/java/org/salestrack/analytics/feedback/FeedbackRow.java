package org.salestrack.analytics.feedback;

import java.util.List;

/**
 * One group of reviews: its keys (one per dimension asked for), how many reviews, how many negative, the
 * negative share, and the aspects its negative reviews complain about most (at most three).
 */
public record FeedbackRow(List<String> keys, int reviews, int negative, List<String> topAspects) {
    public FeedbackRow {
        keys = List.copyOf(keys);
        topAspects = List.copyOf(topAspects);
    }

    public double negativeShare() { return reviews == 0 ? 0 : (double) negative / reviews; }
}
