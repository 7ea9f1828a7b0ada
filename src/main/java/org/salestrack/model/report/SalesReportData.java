package org.salestrack.model.report;

import java.time.YearMonth;
import java.util.List;
import org.salestrack.model.ImportBatch;
import org.salestrack.model.marketing.CampaignImpact;

import org.salestrack.model.dealer.DealerBoard;

/**
 * Everything the monthly sales workbook shows, loaded from the workspace. Sections not requested hold
 * empty lists ({@code rebates}: null, also when the workspace has no dealer figures; {@code campaigns}: the campaigns measured against their baselines, for the marketing sheet); {@code trend} has one entry per month of {@code months}, oldest first, ending at the period;
 * {@code purchaseOrders} are the replenishment lines with something to order as of the period's last day (bounded, {@link PurchaseOrders});
 * {@code stockRisks} the slow movers and stock-out risks as of that day.
 * {@code feedback} covers the three months to the period ({@link FeedbackLines#NONE} when not requested).
 * {@code channelRoi}: channel ROI by month and the customers campaigns brought, for the marketing sheet (NONE when not requested).
 * {@code channelReport} compares the channels in the period's month (ChannelReport.NONE when the Channels sheet is not requested).
 */
public record SalesReportData(ReportRequest request, YearMonth period, List<YearMonth> months, List<MonthTotals> trend,
                              MonthMatrix regions, MonthMatrix provinces, MonthMatrix series,
                              List<ChannelLine> channels, List<StoreTypeLine> storeTypes, List<DealerLine> dealers, DealerBoard rebates,
                              List<ForecastLine> forecasts, CustomerLines customers, List<IssuesByStatus> issues, List<QuarantineLine> quarantine,
                              List<ImportBatch> batches, Provenance provenance, DetailFeed detail,
                              List<CampaignImpact> campaigns, PurchaseOrders purchaseOrders,
                              MarketShares market, StockRisks stockRisks,
                              FeedbackLines feedback, org.salestrack.model.marketing.ChannelRoi channelRoi,
                              org.salestrack.model.channel.ChannelReport channelReport) {
    public MonthTotals current() { return trend.get(trend.size() - 1); }
}
