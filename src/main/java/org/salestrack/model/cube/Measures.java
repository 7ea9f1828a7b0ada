package org.salestrack.model.cube;

/** Additive sales measures of one cell; money in cents so totals stay exact. */
public record Measures(long rows, long qty, long amountCents, long marginCents) {
    public static final Measures ZERO = new Measures(0, 0, 0, 0);

    public Measures plus(Measures o) {
        return new Measures(rows + o.rows, qty + o.qty, amountCents + o.amountCents, marginCents + o.marginCents);
    }

    /** Average selling price in cents per unit, or 0 when nothing sold. */
    public long aspCents() { return qty == 0 ? 0 : Math.round((double) amountCents / qty); }

    public boolean isEmpty() { return rows == 0 && qty == 0 && amountCents == 0; }
}
