package org.salestrack.model.cube;

/** Additive sales measures of one cell; money in e4 (ten-thousandths of a yuan) so totals stay exact. */
public record Measures(long rows, long qty, long amountE4, long marginE4) {
    public static final Measures ZERO = new Measures(0, 0, 0, 0);

    public Measures plus(Measures o) {
        return new Measures(rows + o.rows, qty + o.qty, amountE4 + o.amountE4, marginE4 + o.marginE4);
    }

    /** Average selling price in e4 per unit, or 0 when nothing sold. */
    public long aspE4() { return qty == 0 ? 0 : Math.round((double) amountE4 / qty); }

    public boolean isEmpty() { return rows == 0 && qty == 0 && amountE4 == 0; }
}
