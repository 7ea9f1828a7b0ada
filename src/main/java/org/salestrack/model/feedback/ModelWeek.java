package org.salestrack.model.feedback;

/**
 * A product model's sales in one ISO week ({@code 2025-W45}): units of the counted lines (paid, not held) and
 * units of the refunded lines, by the day they were sold.
 */
public record ModelWeek(String week, long soldUnits, long refundedUnits) {
    /** Refunded of all sold (paid and refunded) units; NaN without any. */
    public double refundRate() {
        long all = soldUnits + refundedUnits;
        return all == 0 ? Double.NaN : (double) refundedUnits / all;
    }
}
