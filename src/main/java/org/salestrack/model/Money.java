package org.salestrack.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Conversions between cents and decimal amounts; money never passes through binary floating point. */
public final class Money {
    private Money() {}

    public static long toCents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).movePointRight(2).longValueExact();
    }

    public static BigDecimal ofCents(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }
}
