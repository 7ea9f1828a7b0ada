package org.salestrack.model.report;

import java.time.YearMonth;
import java.util.List;
import org.salestrack.model.ImportBatch;

/**
 * Everything the monthly sales workbook shows, loaded from the workspace. Sections not requested hold
 * empty lists; {@code trend} has one entry per month of {@code months}, oldest first, ending at the period.
 */
public record SalesReportData(ReportRequest request, YearMonth period, List<YearMonth> months, List<MonthTotals> trend,
                              MonthMatrix regions, MonthMatrix provinces, MonthMatrix series,
                              List<ChannelLine> channels, List<StoreTypeLine> storeTypes, List<DealerLine> dealers,
                              List<ForecastLine> forecasts, List<IssuesByStatus> issues, List<QuarantineLine> quarantine,
                              List<ImportBatch> batches, Provenance provenance, DetailFeed detail,
                              MarketShares market) {
    public MonthTotals current() { return trend.get(trend.size() - 1); }
}
