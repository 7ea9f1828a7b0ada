package org.salestrack.sample;

import java.util.List;

/**
 * What a generation wrote: the files, the planted problems and the expected totals.
 *
 * @param dealerReachKm the farthest any store or sell-through city lies from its own dealer's registered
 *                      location (planted diversion aside): a distance-based diversion check needs a
 *                      threshold above it
 * @param inventory     the inventory cases planted in the year-end store count
 * @param market        the market panel's coverage and planted effects
 * @param dealersAndChannels the channel mix and the dealers planted with known grades
 */
public record SampleSet(long seed, List<SampleFile> files, PlantedProblems planted, ExpectedTotals totals,
                        int dealerReachKm, InventoryPlants inventory, MarketPlants market, DealersAndChannels dealersAndChannels) {}
