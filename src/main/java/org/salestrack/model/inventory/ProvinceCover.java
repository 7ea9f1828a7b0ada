package org.salestrack.model.inventory;

/**
 * A SKU's stock in a province against its weekly demand there: stock of every location in the province;
 * demand of its dealers (their sell-through and their stores' sales) and of the stores no dealer runs,
 * so no sale counts twice.
 */
public record ProvinceCover(String province, String sku, long stock, double weeklyDemand) {
    /** Stock over weekly demand; infinite with stock and no demand, 0 with neither. */
    public double weeksOfCover() {
        return weeklyDemand > 0 ? stock / weeklyDemand : stock > 0 ? Double.POSITIVE_INFINITY : 0;
    }
}
