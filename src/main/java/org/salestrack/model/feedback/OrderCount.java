package org.salestrack.model.feedback;

/** Orders (paid or refunded; cancelled ones never completed) and how many of them were refunded. */
public record OrderCount(long orders, long refunded) {
    public static final OrderCount NONE = new OrderCount(0, 0);

    /** Refunded of all; NaN without orders. */
    public double rate() { return orders == 0 ? Double.NaN : (double) refunded / orders; }
}
