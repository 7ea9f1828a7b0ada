package org.salestrack.analytics.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.salestrack.analytics.customer.CustomerBase;
import org.salestrack.analytics.customer.CustomerService;
import org.salestrack.model.DataAsOf;
import org.salestrack.model.customer.CustomerRules;
import org.salestrack.model.ImportBatch;
import org.salestrack.model.report.PurchaseOrders;
import org.salestrack.model.report.StockRisks;
import org.salestrack.model.report.ChannelLine;
import org.salestrack.model.report.CustomerLines;
import org.salestrack.analytics.dealer.DealerService;
import org.salestrack.model.dealer.DealerBoard;
import org.salestrack.model.dealer.DealerPeriod;
import org.salestrack.model.report.DealerLine;
import org.salestrack.model.report.DetailFeed;
import org.salestrack.model.report.ForecastLine;
import org.salestrack.model.report.IssuesByStatus;
import org.salestrack.model.report.MonthMatrix;
import org.salestrack.model.report.MonthTotals;
import org.salestrack.model.report.Provenance;
import org.salestrack.model.report.QuarantineLine;
import org.salestrack.model.report.ReportRequest;
import org.salestrack.model.report.MarketShares;
import org.salestrack.model.report.FeedbackLines;
import org.salestrack.analytics.feedback.FeedbackService;
import org.salestrack.model.report.ReportSection;
import org.salestrack.model.marketing.CampaignImpact;
import org.salestrack.analytics.marketing.MarketingService;
import org.salestrack.analytics.inventory.InventoryService;
import org.salestrack.model.inventory.ReplenishmentLine;
import org.salestrack.model.report.SalesReportData;
import org.salestrack.model.report.StoreTypeLine;
import org.salestrack.store.AuditLog;
import org.salestrack.store.Batches;
import org.salestrack.store.Workspace;
import org.salestrack.store.inventory.InventoryFacts;
import org.salestrack.store.report.ChannelMixQuery;
import org.salestrack.store.report.DealerPerformanceQuery;
import org.salestrack.store.report.DetailQuery;
import org.salestrack.store.report.ForecastQuery;
import org.salestrack.store.report.MonthMatrixQuery;
import org.salestrack.store.report.LinePass;
import org.salestrack.store.report.MonthlyTotalsQuery;
import org.salestrack.store.report.OrderCounts;
import org.salestrack.store.report.QualityQuery;
import org.salestrack.store.report.ReportRollups;
import org.salestrack.store.report.ReportWindow;
import org.salestrack.task.Cancellation;
import org.salestrack.task.ProgressListener;

/**
 * Loads what the monthly sales workbook shows from a workspace. Only the requested sections are queried;
 * detail lines are not read here but streamed when the sheet is written.
 */
public final class SalesReportService {
    /** Stated in the workbook so a reader knows which lines the totals include. */
    public static final String COUNTED_FILTER = "sale lines with status paid that are not held (duplicate, quarantined or rejected)";
    /** The scale of {@link #load}'s progress; the orders take most of it. */
    public static final int STEPS = 100;

    /**
     * The most purchase orders, and the most stock-out risks, the workbook lists (issue 23): the largest by value at
     * unit cost, the rest counted on the sheet and in the provenance. The Inventory screen exports the whole list.
     */
    public static final int INVENTORY_ROWS = 5_000;

    private final Workspace workspace;
    private final String appVersion;
    private final int inventoryRows;

    public SalesReportService(Workspace workspace, String appVersion) { this(workspace, appVersion, INVENTORY_ROWS); }

    /** @param inventoryRows the most purchase orders, and stock-out risks, listed ({@link #INVENTORY_ROWS} but in tests) */
    public SalesReportService(Workspace workspace, String appVersion, int inventoryRows) {
        if (inventoryRows < 1) throw new IllegalArgumentException("the inventory sheets list at least one line: " + inventoryRows);
        this.workspace = workspace;
        this.appVersion = appVersion;
        this.inventoryRows = inventoryRows;
    }

    /**
     * Every table but the orders and the detail lines reads the month rollups (brought up to date first);
     * the orders of the trend's months are counted from the lines once. A Cancel stops a running read.
     *
     * @param locale names of provinces follow it (Chinese names for zh, English otherwise)
     * @param progress reports 0..{@link #STEPS}, never going back
     * @param asked the sections wanted; those whose data the workspace does not hold ({@link #sections()}) are left out
     * @throws IllegalStateException when the workspace has no counted sales and no period was given
     */
    public SalesReportData load(ReportRequest asked, Locale locale, ProgressListener progress, Cancellation cancel) {
        ReportRequest request = held(asked);
        ReportWindow window = new ReportWindow(workspace);
        // by default the last complete month: a month the data reaches only part of is not "the month"
        YearMonth period = request.period() != null ? request.period() : window.lastDay()
                .map(d -> new DataAsOf(d).lastCompleteMonthSince(window.firstMonth().orElse(YearMonth.from(d))))
                .orElseThrow(() -> new IllegalStateException("the workspace has no counted sales; import sales or give --period"));
        List<YearMonth> months = months(period, request.trendMonths(), window.firstMonth().orElse(period));
        boolean zh = locale.getLanguage().equals(Locale.CHINESE.getLanguage());
        progress.progress(0, STEPS, "rollups");
        ReportRollups.bringUpToDate(workspace, cancel);
        cancel.check();
        boolean wantsMix = request.wants(ReportSection.CHANNELS) || request.wants(ReportSection.SUMMARY);
        progress.progress(5, STEPS, "orders");
        boolean wantsOrders = request.wants(ReportSection.SUMMARY) || wantsMix;
        // a workspace file keeps its orders in a rollup (V211); the national store counts them from its lines
        boolean fromLines = wantsOrders && workspace.onServer();
        LinePass lines = LinePass.read(workspace, fromLines ? months : List.of(), request.wants(ReportSection.QUALITY), cancel);
        OrderCounts orders = !wantsOrders ? OrderCounts.none() : fromLines ? lines.orders() : OrderCounts.read(workspace, months);
        progress.progress(60, STEPS, "monthly totals");
        List<MonthTotals> trend = new MonthlyTotalsQuery(workspace).run(months, orders);
        cancel.check();
        MonthMatrixQuery matrix = new MonthMatrixQuery(workspace);
        MonthMatrix empty = new MonthMatrix(months, List.of());
        progress.progress(62, STEPS, "regions");
        MonthMatrix regions = request.wants(ReportSection.REGIONS) ? matrix.run(MonthMatrixQuery.Member.REGION, months, true) : empty;
        cancel.check();
        progress.progress(64, STEPS, "provinces");
        MonthMatrix provinces = request.wants(ReportSection.PROVINCES) ? matrix.run(MonthMatrixQuery.Member.PROVINCE, months, zh) : empty;
        cancel.check();
        progress.progress(66, STEPS, "series");
        MonthMatrix series = request.wants(ReportSection.SERIES) ? matrix.run(MonthMatrixQuery.Member.SERIES, months, true) : empty;
        cancel.check();
        progress.progress(68, STEPS, "channels");
        ChannelMixQuery mix = new ChannelMixQuery(workspace);
        List<ChannelLine> channels = wantsMix ? mix.channels(period, orders) : List.of();
        List<StoreTypeLine> storeTypes = request.wants(ReportSection.CHANNELS) ? mix.storeTypes(period) : List.of();
        cancel.check();
        progress.progress(70, STEPS, "dealers");
        List<DealerLine> dealers = request.wants(ReportSection.DEALERS) ? new DealerPerformanceQuery(workspace).run(period) : List.of();
        // rebates are paid by quarter: the quarter that holds the report month
        DealerBoard rebates = request.wants(ReportSection.REBATES) ? new DealerService(workspace).board(DealerPeriod.quarterOf(period)) : null;
        cancel.check();
        progress.progress(71, STEPS, "customers");
        CustomerLines customers = request.wants(ReportSection.CUSTOMERS) ? customers(period, cancel) : CustomerLines.NONE;
        cancel.check();
        progress.progress(72, STEPS, "forecasts and data quality");
        List<ForecastLine> forecasts = request.wants(ReportSection.FORECAST) ? new ForecastQuery(workspace).latest(period.toString()) : List.of();
        QualityQuery quality = new QualityQuery(workspace);
        List<IssuesByStatus> issues = request.wants(ReportSection.QUALITY) ? quality.issues() : List.of();
        List<QuarantineLine> keptOut = request.wants(ReportSection.QUALITY) ? quality.keptOut(lines.heldByBatch()) : List.of();
        List<ImportBatch> batches = new Batches(workspace).list();
        progress.progress(80, STEPS, "purchase orders");
        org.salestrack.model.inventory.InventoryReport stock = request.wants(ReportSection.INVENTORY) || request.wants(ReportSection.STOCK_RISKS)
                ? inventory(period, cancel) : null;
        Map<String, Long> costs = stock == null ? Map.of() : unitCosts();
        PurchaseOrders purchaseOrders = PurchaseOrders.NONE;
        if (stock != null && request.wants(ReportSection.INVENTORY)) {
            List<ReplenishmentLine> all = stock.replenishment().stream().filter(l -> l.orderQty() > 0).toList();
            List<ReplenishmentLine> listed = largest(all, ReplenishmentLine::orderQty, costs, inventoryRows);
            purchaseOrders = new PurchaseOrders(listed, all.size() - listed.size(), stock.uncounted());
        }
        StockRisks risks = StockRisks.NONE;
        if (stock != null && request.wants(ReportSection.STOCK_RISKS)) {
            List<ReplenishmentLine> all = stock.replenishment().stream().filter(ReplenishmentLine::stockOutRisk).toList();
            List<ReplenishmentLine> listed = largest(all, l -> l.safetyStock() - l.projectedStock(), costs, inventoryRows);
            risks = new StockRisks(stock.slowMovers(), listed, all.size() - listed.size(), stock.uncounted());
        }
        cancel.check();
        progress.progress(STEPS, STEPS, "loaded");
        var held = new org.salestrack.analytics.explore.ExploreService(workspace)
                .held(org.salestrack.model.cube.Slice.of(months.get(0).atDay(1), period.atEndOfMonth()));
        Provenance provenance = new Provenance(workspace.location(), LocalDateTime.now().withNano(0), appVersion,
                months.get(0).atDay(1).toString(), period.atEndOfMonth().toString(), COUNTED_FILTER, held.rows(), held.amountE4());
        cancel.check();
        List<CampaignImpact> campaigns = request.wants(ReportSection.MARKETING) ? new MarketingService(workspace).campaigns(cancel) : List.of();
        cancel.check();
        var channelRoi = request.wants(ReportSection.MARKETING) ? new MarketingService(workspace).channelRoi(campaigns, cancel)
                : org.salestrack.model.marketing.ChannelRoi.NONE;
        cancel.check();
        DetailFeed detail = request.wants(ReportSection.DETAIL) ? new DetailQuery(workspace, period, cancel) : DetailFeed.of(List.of());
        MarketShares market = request.wants(ReportSection.MARKET) ? market(period, months) : new MarketShares(List.of(), List.of());
        cancel.check();
        // reviews come by the dozen a month: three months to the report month make a readable grid
        FeedbackLines feedback = request.wants(ReportSection.FEEDBACK) ? new FeedbackService(workspace)
                .workbook(period.minusMonths(2).atDay(1), period.atEndOfMonth(), zh, cancel) : FeedbackLines.NONE;
        return new SalesReportData(request, period, months, trend, regions, provinces, series, channels, storeTypes, dealers, rebates,
                forecasts, customers, issues, keptOut, batches, provenance, detail, campaigns, purchaseOrders, market, risks,
                feedback, channelRoi, request.wants(ReportSection.CHANNELS) ? channelReport(period, cancel) : org.salestrack.model.channel.ChannelReport.NONE);
    }

    /** The sections whose data this workspace holds: every one in a workspace file, the sales sheets on the national store. */
    public Set<ReportSection> sections() { return workspace.sql().reportSections(); }

    /** {@code asked} without the sections this workspace does not hold; when none is left, the sections it holds. */
    private ReportRequest held(ReportRequest asked) {
        Set<ReportSection> kept = EnumSet.noneOf(ReportSection.class);
        kept.addAll(asked.sections());
        kept.retainAll(sections());
        return new ReportRequest(asked.period(), kept.isEmpty() ? sections() : kept, asked.trendMonths());
    }

    /** The Channels screen's comparison for the report month, from the same service. */
    private org.salestrack.model.channel.ChannelReport channelReport(YearMonth period, Cancellation cancel) {
        org.salestrack.analytics.channel.ChannelService service = new org.salestrack.analytics.channel.ChannelService(workspace);
        org.salestrack.model.cube.Slice month = org.salestrack.model.cube.Slice.of(period.atDay(1), period.atEndOfMonth());
        return new org.salestrack.model.channel.ChannelReport(service.board(month), service.customers(month, cancel));
    }

    /** Our share of the market panel by province in the month, and by month over the trend's months. */
    private MarketShares market(YearMonth period, List<YearMonth> months) {
        org.salestrack.analytics.market.MarketService service = new org.salestrack.analytics.market.MarketService(workspace);
        return new MarketShares(service.shares(List.of("province"), period.atDay(1), period.atEndOfMonth()),
                service.shares(List.of("month"), months.get(0).atDay(1), period.atEndOfMonth()));
    }

    /** The inventory plan of the counted location x SKU as of the period's last day, at the workspace's service level. */
    private org.salestrack.model.inventory.InventoryReport inventory(YearMonth period, Cancellation cancel) {
        InventoryService inventory = new InventoryService(workspace);
        // within the cancellation, so a Cancel stops the engine's reads as they run, not when they end
        try {
            return Cancellation.within(cancel, () -> inventory.counted(period.atEndOfMonth(), inventory.parameters(), cancel));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Unit cost (e4) by SKU. */
    private Map<String, Long> unitCosts() {
        Map<String, Long> out = new HashMap<>();
        new InventoryFacts(workspace).skus().forEach(s -> out.put(s.sku(), s.unitCostE4()));
        return out;
    }

    /**
     * The {@code max} of {@code lines} with the largest value at unit cost ({@code units} x the SKU's cost; by units
     * where costs tie, then by the plan's order), listed in the plan's order: all of them when there are no more.
     */
    static List<ReplenishmentLine> largest(List<ReplenishmentLine> lines, ToDoubleFunction<ReplenishmentLine> units, Map<String, Long> costsE4, int max) {
        if (lines.size() <= max) return lines;
        Integer[] order = new Integer[lines.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        double[] u = new double[lines.size()];
        double[] value = new double[lines.size()];
        for (int i = 0; i < u.length; i++) {
            u[i] = units.applyAsDouble(lines.get(i));
            value[i] = u[i] * costsE4.getOrDefault(lines.get(i).sku(), 0L);
        }
        Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -value[i]).thenComparingDouble(i -> -u[i]).thenComparingInt(i -> i));
        Integer[] kept = Arrays.copyOf(order, max);
        Arrays.sort(kept);
        List<ReplenishmentLine> out = new ArrayList<>(max);
        for (int i : kept) out.add(lines.get(i));
        return out;
    }

    /**
     * The customer base at the month's end (or at the last purchase, when the data stops sooner) with the
     * default rules: the same analysis the Customers screen and {@code customers} run, over all members.
     */
    private CustomerLines customers(YearMonth period, Cancellation cancel) {
        CustomerService service = new CustomerService(workspace);
        LocalDate end = period.atEndOfMonth();
        LocalDate asOf = service.lastDay().filter(d -> d.isBefore(end)).orElse(end);
        CustomerBase b = service.analyse(asOf, null, CustomerRules.DEFAULTS, null, cancel).base();
        if (b.customers().isEmpty()) return CustomerLines.NONE;
        List<CustomerLines.Segment> segments = b.segments().stream()
                .map(x -> new CustomerLines.Segment(x.segment(), x.customers(), x.spendE4())).toList();
        List<CustomerLines.Churn> regions = b.churnByRegion().stream().map(x -> new CustomerLines.Churn(x.key(), x.customers(), x.churned())).toList();
        return new CustomerLines(asOf, b.rules().churnMonths(), b.customers().size(), b.churnedCount(), b.highValueCount(),
                b.ecosystem().ecosystemCustomers(), segments, b.rfm().gridCustomers(), b.rfm().emptyScores(), regions);
    }

    /** Writes the export to the audit log (DESIGN.md: every export is recorded): file, month and sections. */
    public void recordExport(java.nio.file.Path out, SalesReportData data) {
        StringBuilder sections = new StringBuilder();
        for (ReportSection s : ReportSection.values()) {
            if (data.request().wants(s)) sections.append(sections.length() == 0 ? "" : ",").append(s.id());
        }
        new AuditLog(workspace).record("export", out.toAbsolutePath().toString(), "sales workbook " + data.period() + ": " + sections);
    }

    /**
     * The report window: {@code count} months ending at the period, but not before the first month with
     * sales, so a young workspace does not show a year of empty columns.
     */
    static List<YearMonth> months(YearMonth period, int count, YearMonth firstWithSales) {
        YearMonth start = period.minusMonths(count - 1L);
        if (firstWithSales.isAfter(start)) start = firstWithSales.isAfter(period) ? period : firstWithSales;
        List<YearMonth> out = new ArrayList<>();
        for (YearMonth m = start; !m.isAfter(period); m = m.plusMonths(1)) out.add(m);
        return out;
    }
}
