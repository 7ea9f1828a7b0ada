package org.salestrack.forecast.arima;

/** The orders of an ARIMA(p,d,q)(P,D,Q)[m] model, and whether it has a constant (mean or drift). */
public record ArimaOrder(int p, int d, int q, int bigP, int bigD, int bigQ, int m, boolean constant) {

    public ArimaOrder {
        if (p < 0 || d < 0 || q < 0 || bigP < 0 || bigD < 0 || bigQ < 0 || m < 1) {
            throw new IllegalArgumentException("negative ARIMA order");
        }
        if (m == 1 && (bigP > 0 || bigD > 0 || bigQ > 0)) {
            throw new IllegalArgumentException("seasonal orders need a season length above 1");
        }
    }

    public static ArimaOrder nonSeasonal(int p, int d, int q, boolean constant) {
        return new ArimaOrder(p, d, q, 0, 0, 0, 1, constant);
    }

    public boolean seasonal() {
        return m > 1 && (bigP + bigD + bigQ) > 0;
    }

    /** Number of ARMA coefficients plus the constant. */
    public int coefficientCount() {
        return p + q + bigP + bigQ + (constant ? 1 : 0);
    }

    public ArimaOrder with(int p, int q, int bigP, int bigQ, boolean constant) {
        return new ArimaOrder(p, d, q, bigP, bigD, bigQ, m, constant);
    }

    public String name() {
        String s = "ARIMA(" + p + "," + d + "," + q + ")";
        if (seasonal()) {
            s += "(" + bigP + "," + bigD + "," + bigQ + ")[" + m + "]";
        }
        if (constant) {
            s += d + bigD == 0 ? " with non-zero mean" : " with drift";
        }
        return s;
    }

    @Override
    public String toString() {
        return name();
    }
}
