package org.salestrack.model.dealer;

import java.util.List;

/**
 * A dealer's figures for a period. Sales are its sell-out amount (what its targets are set on); the stock
 * is its warehouse's on hand at the period's last month-end. Ratios are null when they cannot be computed
 * (no target, no sales in the period compared with, no service score).
 *
 * @param weeksCover month-end stock / average weekly sell-out units of the period
 * @param growthPrevious sales against the period just before, as a share (0.12 = +12%)
 * @param growthYear sales against the same period a year before
 * @param trend the dealer's months, oldest first, up to the period's last month (for the trend charts)
 * @param tickets the period's imported service tickets when {@code resolved48h} was counted from them; null when
 *                it is the service sheet's figure (no ticket of the dealer judged in the period)
 */
public record Scorecard(DealerProfile dealer, DealerPeriod period, long sellInQty, long sellInE4, long sellOutQty, long sellOutE4,
                        long stockQty, Double weeksCover, Long targetE4, Double attainment, long previousSalesE4,
                        long yearBeforeSalesE4, Double growthPrevious, Double growthYear, Coverage coverage, Double nps,
                        Double resolved48h, long complaints, List<DealerMonth> trend,
                        ServiceTickets tickets) {
    public Scorecard {
        trend = List.copyOf(trend);
    }

    public long salesE4() { return sellOutE4; }

    /** A copy with other sales (and the ratios that follow from them), for what-if questions. */
    public Scorecard withSales(long e4) {
        Double att = targetE4 == null || targetE4 == 0 ? null : (double) e4 / targetE4;
        Double gp = previousSalesE4 == 0 ? null : (double) e4 / previousSalesE4 - 1;
        Double gy = yearBeforeSalesE4 == 0 ? null : (double) e4 / yearBeforeSalesE4 - 1;
        return new Scorecard(dealer, period, sellInQty, sellInE4, sellOutQty, e4, stockQty, weeksCover, targetE4, att,
                previousSalesE4, yearBeforeSalesE4, gp, gy, coverage, nps, resolved48h, complaints, trend,
                tickets);
    }
}
