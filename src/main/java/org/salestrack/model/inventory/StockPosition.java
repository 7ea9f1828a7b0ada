package org.salestrack.model.inventory;

import java.time.LocalDate;

/**
 * One SKU at one location as of a day: the last snapshot on or before it, what sold and arrived since,
 * and how many weeks the stock lasts at the recent weekly rate.
 *
 * @param snapshot      the date of the snapshot the figures start from
 * @param soldSince     units sold at the location after the snapshot, up to the as-of day
 * @param receivedSince units shipped to the location (sell-in) after the snapshot, up to the as-of day
 * @param weeklyDemand  mean weekly units over the recent weeks
 * @param weeksOfCover  on hand / weekly demand; infinite when nothing sells
 * @param stockOut      nothing on hand while the SKU sold elsewhere in the province that week
 * @param lostUnits     for a stock-out, the units the location would have sold at its mean weekly rate over the
 *                      forecast window, for the weeks since the snapshot (at least one)
 */
public record StockPosition(String location, LocationType type, String province, String sku, LocalDate snapshot,
                            long onHand, long inTransit, long soldSince, long receivedSince, double weeklyDemand,
                            double weeksOfCover, boolean stockOut, double lostUnits) {}
