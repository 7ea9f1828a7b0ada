package org.salestrack.sample;

import java.util.List;

/**
 * What the market files plant, for samples/README.md and the tests that must recover it.
 *
 * @param ownBrand          our brand's name in the panel
 * @param provinces         the provinces the panel covers (GB/T 2260 codes)
 * @param categories        the categories it covers
 * @param cutBrand          the competitor whose price cut took share from us
 * @param cutModel          its model
 * @param cutProvinces      where the cut applied
 * @param cutDate           the day of the cut (YYYY-MM-DD)
 * @param cutUplift         the cut multiplied that brand's units in its price band by 1 + this, from the cut on
 * @param cutShareEffectPp  the cut's true effect on our unit share of phones in the cut provinces over the three
 *                          months after the cut's month, in percentage points, weighted by each province's market
 *                          units in the three months before (what the estimator must recover)
 * @param subsidyName       the planted consumer subsidy
 * @param subsidyUplift     it multiplied the other brands' units in the eligible price bands by 1 + this
 * @param ownUnitsInPanel   our units in the panel: the sample's paid sell-out in the covered provinces and categories
 */
public record MarketPlants(String ownBrand, List<String> provinces, List<String> categories, List<String> competitors,
                           String cutBrand, String cutModel, List<String> cutProvinces, String cutDate, double cutUplift,
                           double cutShareEffectPp, String subsidyName, double subsidyUplift, long ownUnitsInPanel,
                           long panelRows) {}
