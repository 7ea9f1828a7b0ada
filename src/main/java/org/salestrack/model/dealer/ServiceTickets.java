package org.salestrack.model.dealer;

/**
 * A dealer's service tickets judged against 48 hours: those resolved, and those still open longer than 48
 * hours (a ticket open for less is not judged yet), and of them the ones resolved within 48 hours of opening.
 */
public record ServiceTickets(int judged, int within48h) {
    public static final ServiceTickets NONE = new ServiceTickets(0, 0);

    public ServiceTickets {
        if (judged < 0 || within48h < 0 || within48h > judged) throw new IllegalArgumentException(within48h + " of " + judged);
    }

    public ServiceTickets plus(ServiceTickets o) { return new ServiceTickets(judged + o.judged, within48h + o.within48h); }

    /** The share resolved within 48 hours; NaN when none is judged. */
    public double share() { return judged == 0 ? Double.NaN : (double) within48h / judged; }
}
