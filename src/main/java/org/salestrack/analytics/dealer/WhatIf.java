package org.salestrack.analytics.dealer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.salestrack.model.dealer.Scorecard;

/** The questions the channel team asks of a scorecard: what if the dealer reached its target, what if it sold 10% more. */
public enum WhatIf {
    /** Sales raised to the target (unchanged when already above it or without a target). */
    REACH_TARGET,
    /** Sales 10% higher, rounded half-up to the cent. */
    PLUS_10;

    public String id() { return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'); }

    public Scorecard apply(Scorecard s) {
        return switch (this) {
            case REACH_TARGET -> s.targetE4() == null ? s : s.withSales(Math.max(s.salesE4(), s.targetE4()));
            case PLUS_10 -> s.withSales(BigDecimal.valueOf(s.salesE4()).multiply(new BigDecimal("1.1"))
                    .setScale(0, RoundingMode.HALF_UP).longValueExact());
        };
    }
}
