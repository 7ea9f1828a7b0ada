package org.salestrack.analytics.feedback;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.salestrack.model.feedback.OrderCount;
import org.salestrack.model.feedback.ReviewOrder;

/**
 * How the complaining reviewers' own orders ended against all of the model's orders (issue 22 item 4: feedback
 * linked to returns and refund status). An order counts once however many of its buyers' reviews complain. Pure.
 *
 * @param complaints the complaining (negative) reviews
 * @param complaining their orders found in the sales, and how many were refunded
 * @param overall all of the model's orders over the comparison window, and how many were refunded
 */
public record ComplaintRefunds(String model, int complaints, OrderCount complaining, OrderCount overall) {
    public static ComplaintRefunds of(String model, List<ReadReview> complaints, List<ReviewOrder> orders, OrderCount overall) {
        Set<String> ids = new HashSet<>();
        for (ReadReview r : complaints) ids.add(r.fact().reviewId());
        Map<String, Boolean> refundedByOrder = new LinkedHashMap<>();
        for (ReviewOrder o : orders) {
            if (ids.contains(o.reviewId())) refundedByOrder.merge(o.channelId() + "\u0000" + o.orderId(), o.refunded(), Boolean::logicalOr);
        }
        long refunded = refundedByOrder.values().stream().filter(Boolean::booleanValue).count();
        return new ComplaintRefunds(model, complaints.size(), new OrderCount(refundedByOrder.size(), refunded), overall);
    }

    /** The complainers' refund rate over the model's; NaN when either is unknown or the model's is 0. */
    public double ratio() {
        double mine = complaining.rate();
        double all = overall.rate();
        return Double.isNaN(mine) || Double.isNaN(all) || all == 0 ? Double.NaN : mine / all;
    }
}
