package org.salestrack.model.dealer;

import java.time.YearMonth;

/**
 * One dealer's month, for one SKU or (sku null) all of them: sell-in should equal sell-out plus the change
 * in month-end warehouse stock; the gap is what neither explains.
 */
public record BalanceLine(String dealer, String sku, YearMonth month, long sellIn, long sellOut, long stockBefore, long stockAfter) {
    public long stockChange() { return stockAfter - stockBefore; }

    /** sell-out + stock change: what the sell-in should have been. */
    public long explained() { return sellOut + stockChange(); }

    /** sell-in - (sell-out + stock change): above zero units went nowhere, below zero units came from nowhere. */
    public long gap() { return sellIn - explained(); }

    /** Weeks the month-end stock lasts at the month's sell-out pace; null without sell-out. */
    public Double weeksCover() { return sellOut == 0 ? null : stockAfter / (sellOut / (month.lengthOfMonth() / 7.0)); }
}
