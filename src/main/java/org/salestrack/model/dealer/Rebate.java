package org.salestrack.model.dealer;

import java.math.BigDecimal;

/**
 * A dealer's rebate for a period, in yuan exact to the cent: base = base rate x sales; excess = excess rate
 * x (sales - target) when sales are above target, on the excess only; logistics = digital rate x sales for
 * dealers on the brand's digital tools. Each part is rounded half-up to the cent, the total is their sum.
 *
 * @param target null when the dealer has no target for the period (then no excess rebate)
 * @param over the part of the sales above target, zero when none
 */
public record Rebate(Grade grade, BigDecimal sales, BigDecimal target, BigDecimal baseRate, BigDecimal base, BigDecimal over,
                     BigDecimal excessRate, BigDecimal excess, boolean digitalTools, BigDecimal digitalRate, BigDecimal logistics,
                     BigDecimal total) {}
