package org.salestrack.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Money as stored: a long of ten-thousandths of a yuan ("e4"), so amounts such as 957.5775 are kept exactly as
 * the source wrote them and sums stay exact; money never passes through binary floating point except for charts.
 */
public final class Money {
    /** Decimal places the store keeps. */
    public static final int SCALE = 4;
    /** e4 units in one yuan. */
    public static final long E4_PER_YUAN = 10_000;

    private Money() {}

    /**
     * The exact e4 of an amount.
     * @throws ArithmeticException when the amount has more than {@link #SCALE} decimal places (after trailing
     *     zeros) or does not fit a long: it is refused, never rounded
     */
    public static long toE4(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        if (stripped.scale() > SCALE) {
            throw new ArithmeticException("more than " + SCALE + " decimal places: " + amount.toPlainString());
        }
        return stripped.movePointRight(SCALE).longValueExact();
    }

    /** Whether {@link #toE4} keeps this amount exactly. */
    public static boolean fits(BigDecimal amount) {
        return amount.stripTrailingZeros().scale() <= SCALE;
    }

    /** The exact amount in yuan, with 2 decimals at least (12.50) and up to 4 where the value has them (957.5775). */
    public static BigDecimal ofE4(long e4) {
        BigDecimal v = BigDecimal.valueOf(e4, SCALE).stripTrailingZeros();
        return v.scale() < 2 ? v.setScale(2) : v;
    }

    /** Yuan as a double, for charts, colour scales and models; never for sums that are shown as money. */
    public static double yuan(long e4) {
        return e4 / (double) E4_PER_YUAN;
    }

    /** The e4 nearest to a yuan figure a model computed as a double (forecasts, averages); rounded half up. */
    public static long e4OfYuan(double yuan) {
        return Math.round(yuan * E4_PER_YUAN);
    }

    /** The e4 of an amount, rounded half up to the store's scale: for computed amounts (rebates, shares), never for source values. */
    public static long roundedE4(BigDecimal amount) {
        return amount.setScale(SCALE, RoundingMode.HALF_UP).movePointRight(SCALE).longValueExact();
    }

    /** The e4 of whole yuan. */
    public static long e4OfWholeYuan(long yuan) {
        return Math.multiplyExact(yuan, E4_PER_YUAN);
    }
}
