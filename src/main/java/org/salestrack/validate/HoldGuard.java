package org.salestrack.validate;

import java.util.function.Predicate;

/**
 * Asks before a rule holds more than {@code maxShare} of the lines out of the totals. {@code confirm} answers
 * for each such rule (a dialog on the screen, a flag on the command line); a rule refused keeps its findings
 * as open issues that hold nothing. It may be called from a worker thread.
 */
public record HoldGuard(double maxShare, Predicate<MassHold> confirm) {
    /** The share of lines above which a rule asks: 5%. */
    public static final double DEFAULT_SHARE = 0.05;

    /** Holds whatever the rules say, without asking. */
    public static final HoldGuard HOLD_ALL = new HoldGuard(Double.POSITIVE_INFINITY, h -> true);

    public HoldGuard {
        if (!(maxShare > 0)) throw new IllegalArgumentException("the share of lines a rule may hold without asking must be above 0");
    }
}
