package org.salestrack.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.salestrack.report.Sheets.col;
import static org.salestrack.report.Sheets.isFormula;
import static org.salestrack.report.Sheets.money;
import static org.salestrack.report.Sheets.number;
import static org.salestrack.report.Sheets.row;
import static org.salestrack.report.Sheets.text;

import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.model.SummaryRow;
import org.salestrack.store.SummaryQuery;
import org.salestrack.store.Workspace;

/**
 * The numbers of the monthly workbook, read back with POI and with every formula evaluated by POI's
 * FormulaEvaluator, against what the summary command reports for the same workspace.
 */
class SalesWorkbookValuesTest {
    private static final YearMonth MARCH = YearMonth.of(2025, 3);
    private static final String FROM = "2024-03-01";
    private static final String TO = "2025-03-31";

    @TempDir
    static Path dir;
    static Workspace ws;
    static XSSFWorkbook wb;
    static FormulaEvaluator ev;
    static SummaryQuery summary;

    @BeforeAll
    static void build() throws Exception {
        ws = ReportWorkspace.build(dir);
        wb = WorkbookFiles.writeAndOpen(ws, MARCH, Locale.ENGLISH, dir.resolve("r.xlsx"));
        ev = wb.getCreationHelper().createFormulaEvaluator();
        summary = new SummaryQuery(ws);
    }

    @AfterAll
    static void close() throws Exception {
        wb.close();
    }

    private static SummaryRow total(String from, String to) {
        return summary.run(List.of(), from, to).get(0);
    }

    private static BigDecimal total(List<String> by, String from, String to, String key) {
        return summary.run(by, from, to).stream().filter(r -> r.keys().get(0).equals(key)).findFirst().orElseThrow().amount();
    }

    @Test
    void summaryKpisOfThePeriodEqualTheSummaryCommandToTheCent() {
        Sheet s = wb.getSheet("Summary");
        SummaryRow march = total("2025-03-01", "2025-03-31");
        int thisCol = col(s, SummarySheet.KPI_HEADER, "This month");
        assertThat(money(ev, s, row(s, "Sales amount"), thisCol)).isEqualByComparingTo(march.amount()).isEqualByComparingTo("20646.58");
        assertThat(number(ev, s, row(s, "Units"), thisCol)).isEqualTo(march.qty()).isEqualTo(15.0);
        assertThat(number(ev, s, row(s, "Orders"), thisCol)).isEqualTo(march.orders());
        assertThat(number(ev, s, row(s, "Sale lines"), thisCol)).isEqualTo(march.rows()).isEqualTo(9.0);
        assertThat(money(ev, s, row(s, "Margin"), thisCol)).isEqualByComparingTo(march.margin());
    }

    @Test
    void previousMonthAndLastYearAreReadFromTheTrendTableAndChangesAreExactRatios() {
        Sheet s = wb.getSheet("Summary");
        int h = SummarySheet.KPI_HEADER;
        int amount = row(s, "Sales amount");
        BigDecimal now = total("2025-03-01", "2025-03-31").amount();
        BigDecimal feb = total("2025-02-01", "2025-02-28").amount();
        BigDecimal lastYear = total("2024-03-01", "2024-03-31").amount();
        assertThat(money(ev, s, amount, col(s, h, "Previous month"))).isEqualByComparingTo(feb).isEqualByComparingTo("8899.18");
        assertThat(money(ev, s, amount, col(s, h, "Same month last year"))).isEqualByComparingTo(lastYear).isEqualByComparingTo("6998.99");
        assertThat(isFormula(s, amount, col(s, h, "This month"))).isTrue();
        assertThat(number(ev, s, amount, col(s, h, "Change")))
                .isCloseTo(now.divide(feb, MathContext.DECIMAL64).subtract(BigDecimal.ONE).doubleValue(), org.assertj.core.data.Offset.offset(1e-12));
        assertThat(number(ev, s, amount, col(s, h, "Year on year")))
                .isCloseTo(now.divide(lastYear, MathContext.DECIMAL64).subtract(BigDecimal.ONE).doubleValue(), org.assertj.core.data.Offset.offset(1e-12));
        int asp = row(s, "Average selling price");
        assertThat(number(ev, s, asp, col(s, h, "This month"))).isCloseTo(20646.58 / 15, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(isFormula(s, asp, col(s, h, "This month"))).isTrue();
    }

    @Test
    void trendTableHasEveryMonthOfTheWindowAndItsTotalIsAFormulaEqualToTheWindowTotal() {
        Sheet s = wb.getSheet("Summary");
        int h = SummarySheet.trendHeader();
        List<SummaryRow> byMonth = summary.run(List.of("month"), FROM, TO);
        int amountCol = col(s, h, "Amount");
        for (SummaryRow m : byMonth) {
            assertThat(money(ev, s, row(s, 0, m.keys().get(0), h), amountCol)).as(m.keys().get(0)).isEqualByComparingTo(m.amount());
        }
        assertThat(text(s, h + 13, 0)).isEqualTo("2025-03");
        assertThat(number(ev, s, h + 13, col(s, h, "Change vs previous month")))
                .isCloseTo(20646.58 / 8899.18 - 1, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(number(ev, s, h + 13, col(s, h, "ASP"))).isCloseTo(20646.58 / 15, org.assertj.core.data.Offset.offset(1e-9));
        int mix = row(s, 0, "Channel", h + 1);
        int tmall = row(s, 0, "Tmall", mix + 1);
        assertThat(money(ev, s, tmall, 2)).isEqualByComparingTo("6999.09");
        assertThat(number(ev, s, tmall, 3)).isCloseTo(6999.09 / 20646.58, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(money(ev, s, row(s, 0, "2024-07", h), amountCol)).isEqualByComparingTo("0.00");
    }

    /** Issue 11 #5 and issue 23: the total covers the year ending at the report month, and has its orders. */
    @Test
    void trendTotalAddsTheTwelveMonthsEndingAtThePeriodWithTheirOrders() {
        Sheet s = wb.getSheet("Summary");
        int h = SummarySheet.trendHeader();
        assertThat(text(s, h - 1, 0)).isEqualTo("Monthly trend 2024-03 to 2025-03 (13 months: the report month and the same month a year before)");
        int totalRow = row(s, 0, "Total 2024-04 to 2025-03 (12 months)", h);
        assertThat(totalRow).isEqualTo(h + 14);
        int amountCol = col(s, h, "Amount");
        assertThat(isFormula(s, totalRow, amountCol)).isTrue();
        assertThat(money(ev, s, totalRow, amountCol)).isEqualByComparingTo(total("2024-04-01", TO).amount());
        int ordersCol = col(s, h, "Orders");
        assertThat(isFormula(s, totalRow, ordersCol)).isTrue();
        long orders = summary.run(List.of("month"), "2024-04-01", TO).stream().mapToLong(SummaryRow::orders).sum();
        assertThat(orders).isPositive();
        assertThat(number(ev, s, totalRow, ordersCol)).isEqualTo((double) orders);
        assertThat(number(ev, s, totalRow, col(s, h, "Units"))).isEqualTo((double) total("2024-04-01", TO).qty());
    }

    @Test
    void regionMonthCellsRowTotalsAndColumnTotalsEqualTheSummaryByRegionAndMonth() {
        Sheet s = wb.getSheet("Regions");
        int h = MonthMatrixSheet.HEADER;
        for (SummaryRow r : summary.run(List.of("region", "month"), FROM, TO)) {
            assertThat(money(ev, s, row(s, 0, r.keys().get(0), h + 1), col(s, h, r.keys().get(1))))
                    .as(r.keys().toString()).isEqualByComparingTo(r.amount());
        }
        int totalCol = col(s, h, "Total");
        for (SummaryRow r : summary.run(List.of("region"), FROM, TO)) {
            int at = row(s, 0, r.keys().get(0), h + 1);
            assertThat(isFormula(s, at, totalCol)).isTrue();
            assertThat(money(ev, s, at, totalCol)).isEqualByComparingTo(r.amount());
        }
        int south = row(s, 0, "华南", h + 1);
        BigDecimal southMar = total(List.of("region"), "2025-03-01", "2025-03-31", "华南");
        BigDecimal southFeb = total(List.of("region"), "2025-02-01", "2025-02-28", "华南");
        assertThat(number(ev, s, south, col(s, h, "Change vs previous month")))
                .isCloseTo(southMar.doubleValue() / southFeb.doubleValue() - 1, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(number(ev, s, south, col(s, h, "Share"))).isCloseTo(
                total(List.of("region"), FROM, TO, "华南").doubleValue() / total(FROM, TO).amount().doubleValue(), org.assertj.core.data.Offset.offset(1e-12));
        int totalRow = row(s, 0, "Total", h + 1);
        for (SummaryRow m : summary.run(List.of("month"), FROM, TO)) {
            assertThat(money(ev, s, totalRow, col(s, h, m.keys().get(0)))).isEqualByComparingTo(m.amount());
        }
        assertThat(money(ev, s, totalRow, totalCol)).isEqualByComparingTo(total(FROM, TO).amount());
        assertThat(number(ev, s, totalRow, col(s, h, "Share"))).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void provinceAndSeriesTablesEqualTheSummaryByProvinceAndBySeries() {
        Sheet p = wb.getSheet("Provinces");
        int h = MonthMatrixSheet.HEADER;
        int totalCol = col(p, h, "Total");
        // the English report names provinces in English; the summary command in Chinese
        String[][] names = {{"广东", "Guangdong"}, {"浙江", "Zhejiang"}, {"北京", "Beijing"}, {"四川", "Sichuan"}};
        List<SummaryRow> byProvince = summary.run(List.of("province"), FROM, TO);
        assertThat(byProvince).hasSize(names.length);
        for (String[] n : names) {
            SummaryRow r = byProvince.stream().filter(x -> x.keys().get(0).equals(n[0])).findFirst().orElseThrow();
            assertThat(money(ev, p, row(p, 1, n[1], h + 1), totalCol)).as(n[1]).isEqualByComparingTo(r.amount());
        }
        assertThat(text(p, row(p, 1, "Guangdong", h + 1), 0)).isEqualTo("华南");
        Sheet s = wb.getSheet("Series");
        for (SummaryRow r : summary.run(List.of("series", "month"), FROM, TO)) {
            assertThat(money(ev, s, row(s, 0, r.keys().get(0), h + 1), col(s, h, r.keys().get(1)))).isEqualByComparingTo(r.amount());
        }
    }

    @Test
    void channelsAndTheOnlineOfflineSplitEqualTheSummaryByChannelAndType() {
        Sheet s = wb.getSheet("Channels");
        int h = ChannelsSheet.HEADER;
        int amount = col(s, h, "Amount");
        for (SummaryRow r : summary.run(List.of("channel"), "2025-03-01", "2025-03-31")) {
            int at = row(s, 0, r.keys().get(0), h + 1);
            assertThat(money(ev, s, at, amount)).isEqualByComparingTo(r.amount());
            assertThat(number(ev, s, at, col(s, h, "Orders"))).isEqualTo(r.orders());
            assertThat(number(ev, s, at, col(s, h, "ASP"))).isCloseTo(r.amount().doubleValue() / r.qty(), org.assertj.core.data.Offset.offset(1e-9));
            assertThat(number(ev, s, at, col(s, h, "Share")))
                    .isCloseTo(r.amount().doubleValue() / 20646.58, org.assertj.core.data.Offset.offset(1e-12));
        }
        assertThat(number(ev, s, row(s, 0, "Total", h + 1), col(s, h, "Share"))).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
        int splitHeader = row(s, 0, "Type", h + 1);
        for (SummaryRow r : summary.run(List.of("channel_type"), "2025-03-01", "2025-03-31")) {
            int at = row(s, 0, r.keys().get(0).equals("online") ? "Online" : "Offline", splitHeader + 1);
            assertThat(isFormula(s, at, 2)).isTrue();
            assertThat(money(ev, s, at, 2)).isEqualByComparingTo(r.amount());
        }
        assertThat(money(ev, s, row(s, 0, "Online", splitHeader + 1), 2)).isEqualByComparingTo("11948.58");
        int storeTypes = row(s, 0, "Store type", splitHeader + 1);
        assertThat(money(ev, s, row(s, 0, "flagship", storeTypes + 1), 2)).isEqualByComparingTo("4898.50");
        assertThat(money(ev, s, row(s, 0, "Total", storeTypes + 1), 2)).isEqualByComparingTo("8698.00");
    }

    @Test
    void dealersShowSellInSellOutStockAtMonthEndTargetAndCompletion() {
        Sheet s = wb.getSheet("Dealers");
        int h = DealersSheet.HEADER;
        int d1 = row(s, "DL-01");
        assertThat(text(s, d1, col(s, h, "Tier"))).isEqualTo("T1");
        assertThat(text(s, d1, col(s, h, "Name"))).isEqualTo("华南通信");
        assertThat(number(ev, s, d1, col(s, h, "Sell-in units"))).isEqualTo(15);
        assertThat(money(ev, s, d1, col(s, h, "Sell-in amount"))).isEqualByComparingTo("33500.50");
        assertThat(number(ev, s, d1, col(s, h, "Sell-out units"))).isEqualTo(2);
        assertThat(money(ev, s, d1, col(s, h, "Sell-out amount"))).isEqualByComparingTo("4898.50");
        // DL-01's warehouse count of 31 March (12 + 4) plus its store ST-GZ1 (3); the 15 March count is superseded
        assertThat(number(ev, s, d1, col(s, h, "Stock on hand"))).isEqualTo(19);
        assertThat(number(ev, s, d1, col(s, h, "Target completion"))).isCloseTo(0.48985, org.assertj.core.data.Offset.offset(1e-12));
        int d2 = row(s, "DL-02");
        // a count after the month's end (5 April, 99 units) does not count; the store's 20 March count does
        assertThat(number(ev, s, d2, col(s, h, "Stock on hand"))).isEqualTo(7);
        assertThat(money(ev, s, d2, col(s, h, "Sell-in amount"))).isEqualByComparingTo("6800.40");
        assertThat(Sheets.cell(s, d2, col(s, h, "Target completion")).getStringCellValue()).isEmpty();
        int d3 = row(s, "DL-03");
        assertThat(number(ev, s, d3, col(s, h, "Sell-out units"))).as("the duplicate line counts once").isEqualTo(5);
        int total = row(s, "Total");
        assertThat(money(ev, s, total, col(s, h, "Sell-out amount"))).isEqualByComparingTo("8698.00");
        // only DL-01 has an amount target, so the total completion is DL-01's
        assertThat(number(ev, s, total, col(s, h, "Target completion"))).isCloseTo(0.48985, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(number(ev, s, total, col(s, h, "Sell-through"))).isCloseTo(9.0 / 39, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void detailListsEveryCountedLineOfThePeriodOnceWithTheSameTotal() {
        Sheet s = wb.getSheet("Detail");
        assertThat(s.getLastRowNum()).as("9 lines and the totals row").isEqualTo(10);
        int amount = col(s, 0, "Amount");
        BigDecimal sum = BigDecimal.ZERO;
        for (int r = 1; r <= 9; r++) sum = sum.add(money(ev, s, r, amount));
        SummaryRow march = total("2025-03-01", "2025-03-31");
        assertThat(sum).isEqualByComparingTo(march.amount());
        assertThat(text(s, 10, 0)).isEqualTo("Total");
        assertThat(isFormula(s, 10, amount)).isTrue();
        assertThat(money(ev, s, 10, amount)).isEqualByComparingTo(march.amount());
        assertThat(number(ev, s, 10, col(s, 0, "Units"))).isEqualTo(march.qty());
        assertThat(money(ev, s, 10, col(s, 0, "Margin"))).isEqualByComparingTo(march.margin());
        assertThat(Sheets.cell(s, 1, 0).getLocalDateTimeCellValue()).isEqualTo("2025-03-01T09:15:00");
        assertThat(text(s, 1, col(s, 0, "Order"))).isEqualTo("T-2503-1");
        assertThat(text(s, 1, col(s, 0, "Province"))).isEqualTo("广东");
    }
}
