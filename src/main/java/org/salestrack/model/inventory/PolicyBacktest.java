package org.salestrack.model.inventory;

import java.time.LocalDate;

/**
 * The suggested policy replayed over past weeks of the stores against what happened: the policy as it
 * would have been set the Sunday before {@code from}, facing the weeks' real sales, beside the stock the
 * stores' weekly snapshots really held.
 *
 * @param series            store x SKU replayed (those the starting snapshot held)
 * @param fillRate          units the policy would have served over units sold
 * @param stockOutWeeks     store x SKU weeks the policy would have ended with sales unserved
 * @param policyStock       mean units on hand at the weeks' ends under the policy, summed over the series
 * @param actualStock       the same from the snapshots (a SKU a snapshot does not list counts 0)
 * @param policyHoldingCost holding cost of the policy's stock over the weeks, CNY, at {@code holdingRate} a year of unit cost
 * @param actualHoldingCost the same for the stock held
 */
public record PolicyBacktest(LocalDate from, LocalDate to, int weeks, int series, double fillRate, int stockOutWeeks,
                             double policyStock, double actualStock, double policyHoldingCost, double actualHoldingCost,
                             double holdingRate) {
    /** The share of the actual holding cost the policy saves (negative when it holds more). */
    public double saving() { return actualHoldingCost > 0 ? 1 - policyHoldingCost / actualHoldingCost : 0; }
}
