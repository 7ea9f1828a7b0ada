package org.salestrack.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.analytics.dealer.DealerService;
import org.salestrack.analytics.feedback.FeedbackService;
import org.salestrack.analytics.feedback.ReadReview;
import org.salestrack.ingest.ImportPolicy;
import org.salestrack.ingest.ImportService;
import org.salestrack.ingest.profile.ProfileLibrary;
import org.salestrack.model.dealer.DealerPeriod;
import org.salestrack.model.dealer.DealerRow;
import org.salestrack.model.report.ReportSection;
import org.salestrack.model.report.SalesReportData;
import org.salestrack.store.Workspace;
import org.salestrack.task.Cancellation;
import org.salestrack.task.ProgressListener;

/**
 * The workbook's Feedback sheet (issue 22) on the committed feedback samples, December 2025 (so October to
 * December): every count read back with POI against the reviews read again here, the share formulas
 * evaluated, the planted 星河 X7 overheating first among the complaints and D010 first among the dealers with
 * the 48 h counts of its scorecard.
 */
class FeedbackSheetTest {
    private static final LocalDate FROM = LocalDate.of(2025, 10, 1);
    private static final LocalDate TO = LocalDate.of(2025, 12, 31);

    @TempDir
    static Path dir;
    static Workspace ws;
    static XSSFWorkbook en;
    static XSSFWorkbook zh;
    static List<ReadReview> reviews;

    @BeforeAll
    static void writeBothLanguages() throws Exception {
        ws = Workspace.open(dir.resolve("ws.db"));
        ImportService imports = new ImportService(ws, ProfileLibrary.load(null), ImportPolicy.DEFAULT);
        for (String f : List.of("master/products.csv", "master/dealers.csv", "master/stores.csv", "feedback/reviews-tmall-2024-2025.csv",
                "feedback/reviews-jd-2024-2025.xlsx", "feedback/tickets-2024-2025.csv", "online/tmall-orders-2025-06-28_2025-12.csv")) {
            imports.importFile(Path.of("samples", f), null, ProgressListener.NONE, Cancellation.none());
        }
        reviews = new FeedbackService(ws).reviews(FROM, TO, null, Cancellation.none());
        en = write(Locale.ENGLISH, "en.xlsx");
        zh = write(Locale.SIMPLIFIED_CHINESE, "zh.xlsx");
    }

    private static XSSFWorkbook write(Locale locale, String name) throws Exception {
        SalesReportData d = WorkbookFiles.load(ws, YearMonth.of(2025, 12), EnumSet.of(ReportSection.FEEDBACK), locale);
        Path out = dir.resolve(name);
        new SalesWorkbookWriter(ReportLabels.of(locale)).write(d, out, ProgressListener.NONE, Cancellation.none());
        try (InputStream in = Files.newInputStream(out)) {
            return new XSSFWorkbook(in);
        }
    }

    @AfterAll
    static void close() throws Exception {
        en.close();
        zh.close();
    }

    private static String text(Row r, int c) {
        Cell cell = r.getCell(c);
        return cell == null || cell.getCellType() != CellType.STRING ? null : cell.getStringCellValue();
    }

    /** The first row at or below {@code from} whose first cell reads {@code first}. */
    private static int find(Sheet s, int from, String first) {
        for (int i = from; i <= s.getLastRowNum(); i++) {
            if (s.getRow(i) != null && first.equals(text(s.getRow(i), 0))) return i;
        }
        throw new AssertionError("no row starting with " + first);
    }

    /**
     * Issue 22 item 4: per model, the orders of its negative reviews found in the sales (here the Tmall orders of the
     * second half of 2025; the JD reviews' orders are not imported) and how many were refunded, against all its orders
     * sold in the three months: every figure counted again here in Java from the plain tables, the rates as formulas.
     */
    @Test
    void theComplainingReviewersOwnOrdersAndTheirRefundsAreCountedAgainstTheModelsOrders() throws Exception {
        java.util.Map<String, long[]> expected = new java.util.TreeMap<>(); // model -> negative, orders, refunded, model orders, model refunded
        java.util.Map<String, Boolean> refundedByLine = new java.util.HashMap<>(); // channel|order|product -> refunded
        java.util.Map<String, java.util.Set<String>> modelOrders = new java.util.HashMap<>();
        java.util.Map<String, java.util.Set<String>> modelRefunded = new java.util.HashMap<>();
        java.util.Map<String, String> reviewKey = new java.util.HashMap<>();
        try (var c = ws.connect(); var st = c.createStatement()) {
            try (var rs = st.executeQuery("SELECT s.channel_id, s.order_id, s.product_id, s.status, p.model, s.sale_date FROM sale s "
                    + "JOIN product p ON p.id = s.product_id WHERE s.hold = 0 AND s.order_id IS NOT NULL AND s.status IN ('paid', 'refunded')")) {
                while (rs.next()) {
                    String order = rs.getLong(1) + "|" + rs.getString(2);
                    boolean refunded = rs.getString(4).equals("refunded");
                    refundedByLine.merge(order + "|" + rs.getLong(3), refunded, Boolean::logicalOr);
                    LocalDate day = LocalDate.parse(rs.getString(6));
                    if (day.isBefore(FROM) || day.isAfter(TO)) continue;
                    modelOrders.computeIfAbsent(rs.getString(5), k -> new java.util.HashSet<>()).add(order);
                    if (refunded) modelRefunded.computeIfAbsent(rs.getString(5), k -> new java.util.HashSet<>()).add(order);
                }
            }
            try (var rs = st.executeQuery("SELECT review_id, channel_id, order_id, product_id FROM review")) {
                while (rs.next()) reviewKey.put(rs.getString(1), rs.getLong(2) + "|" + rs.getString(3) + "|" + rs.getLong(4));
            }
        }
        java.util.Map<String, java.util.Map<String, Boolean>> ordersOf = new java.util.HashMap<>();
        for (ReadReview r : reviews) {
            if (!r.reading().negative()) continue;
            String m = r.fact().model();
            expected.computeIfAbsent(m, k -> new long[5])[0]++;
            String key = reviewKey.get(r.fact().reviewId());
            Boolean refunded = refundedByLine.get(key);
            if (refunded != null) ordersOf.computeIfAbsent(m, k -> new java.util.HashMap<>()).merge(key.substring(0, key.lastIndexOf('|')), refunded, Boolean::logicalOr);
        }
        expected.forEach((m, v) -> {
            var own = ordersOf.getOrDefault(m, java.util.Map.of());
            v[1] = own.size();
            v[2] = own.values().stream().filter(Boolean::booleanValue).count();
            v[3] = modelOrders.getOrDefault(m, java.util.Set.of()).size();
            v[4] = modelRefunded.getOrDefault(m, java.util.Set.of()).size();
        });
        // the sample plants no refund wave: none of the 47 orders found was refunded, while the models' orders were
        assertThat(expected.values().stream().mapToLong(v -> v[1]).sum()).isEqualTo(47);
        assertThat(expected.values().stream().mapToLong(v -> v[2]).sum()).isZero();
        assertThat(expected.values().stream().mapToLong(v -> v[4]).sum()).isPositive();

        Sheet s = en.getSheet("Feedback");
        FormulaEvaluator eval = en.getCreationHelper().createFormulaEvaluator();
        int section = -1;
        for (int i = 0; i <= s.getLastRowNum(); i++) {
            if (s.getRow(i) != null && text(s.getRow(i), 0) != null && text(s.getRow(i), 0).startsWith("The complaining reviewers' own orders")) section = i;
        }
        assertThat(section).isPositive();
        assertThat(text(s.getRow(section + 1), 4)).isEqualTo("Refund rate");
        int r = section + 2;
        java.util.Map<String, long[]> read = new java.util.TreeMap<>();
        for (; s.getRow(r) != null && text(s.getRow(r), 0) != null; r++) {
            Row row = s.getRow(r);
            long[] v = new long[5];
            for (int k = 0; k < 5; k++) v[k] = (long) row.getCell(new int[] {1, 2, 3, 5, 6}[k]).getNumericCellValue();
            read.put(text(row, 0), v);
            assertThat(row.getCell(4).getCellType()).isEqualTo(CellType.FORMULA);
            if (v[1] > 0) assertThat(eval.evaluate(row.getCell(4)).getNumberValue()).isCloseTo((double) v[2] / v[1], within(1e-12));
            if (v[3] > 0) assertThat(eval.evaluate(row.getCell(7)).getNumberValue()).isCloseTo((double) v[4] / v[3], within(1e-12));
        }
        assertThat(read.keySet()).isEqualTo(expected.keySet());
        expected.forEach((m, v) -> assertThat(read.get(m)).as(m).containsExactly(v));
        Sheet zs = zh.getSheet("客户反馈");
        boolean found = false;
        for (int i = 0; i <= zs.getLastRowNum(); i++) found |= zs.getRow(i) != null && "投诉评价者自己的订单：已退款多少，对比该型号这几个月售出的全部订单".equals(text(zs.getRow(i), 0));
        assertThat(found).isTrue();
    }

    @Test
    void eachModelsReviewsNegativesAndAspectSharesAreTheReadReviewsCountedAgain() {
        Sheet s = en.getSheet("Feedback");
        FormulaEvaluator eval = en.getCreationHelper().createFormulaEvaluator();
        long negative = reviews.stream().filter(r -> r.reading().negative()).count();
        assertThat(text(s.getRow(0), 0)).isEqualTo("Customer feedback, 2025-10-01 \u2013 2025-12-31: " + reviews.size() + " reviews, "
                + negative + " negative");
        Row header = s.getRow(FeedbackSheet.GRID_HEADER);
        assertThat(text(header, 0)).isEqualTo("Model");
        int heat = -1;
        for (int c = FeedbackSheet.ASPECT_COL; c < header.getLastCellNum(); c++) if ("Overheating".equals(text(header, c))) heat = c;
        assertThat(heat).isPositive();
        int rows = 0;
        for (int i = FeedbackSheet.GRID_HEADER + 1; !"Total".equals(text(s.getRow(i), 0)); i++) {
            Row r = s.getRow(i);
            String model = text(r, 0);
            List<ReadReview> own = reviews.stream().filter(x -> model.equals(x.fact().model())).toList();
            long neg = own.stream().filter(x -> x.reading().negative()).count();
            assertThat((long) r.getCell(1).getNumericCellValue()).as(model).isEqualTo(own.size());
            assertThat((long) r.getCell(2).getNumericCellValue()).as(model).isEqualTo(neg);
            assertThat(r.getCell(3).getCellFormula()).isEqualTo("IFERROR(C" + (i + 1) + "/B" + (i + 1) + ",\"\")");
            assertThat(eval.evaluate(r.getCell(3)).getNumberValue()).isCloseTo((double) neg / own.size(), within(1e-12));
            long mentions = own.stream().filter(x -> x.reading().aspects().contains("heat")).count();
            long complaints = own.stream().filter(x -> x.reading().complaints().contains("heat")).count();
            if (mentions == 0) assertThat(r.getCell(heat)).isNull();
            else assertThat(r.getCell(heat).getNumericCellValue()).as(model).isCloseTo((double) complaints / mentions, within(1e-12));
            rows++;
        }
        assertThat(rows).isBetween(5, 14);
    }

    @Test
    void theX7OverheatingLeadsTheComplaintsWithItsNewestSentences() {
        Sheet s = en.getSheet("Feedback");
        int header = find(s, FeedbackSheet.GRID_HEADER + 1, "Model");
        Row first = s.getRow(header + 1);
        assertThat(text(first, 0)).isEqualTo("星河 X7");
        assertThat(text(first, 1)).isEqualTo("Overheating");
        List<ReadReview> heat = new ArrayList<>(reviews.stream()
                .filter(r -> "星河 X7".equals(r.fact().model()) && r.reading().complaints().contains("heat")).toList());
        assertThat(heat.size()).isGreaterThanOrEqualTo(31);
        assertThat((long) first.getCell(2).getNumericCellValue()).isEqualTo(heat.size());
        heat.sort((a, b) -> b.fact().at().compareTo(a.fact().at()));
        assertThat(text(first, 5)).isEqualTo("\u300c" + heat.get(0).fact().text() + "\u300d \u300c" + heat.get(1).fact().text() + "\u300d");
        FormulaEvaluator eval = en.getCreationHelper().createFormulaEvaluator();
        assertThat(eval.evaluate(first.getCell(4)).getNumberValue())
                .isCloseTo(heat.size() / first.getCell(3).getNumericCellValue(), within(1e-12));
    }

    @Test
    void theSlowDealerLeadsTheTicketsWithTheCountsOfItsScorecard() {
        Sheet s = en.getSheet("Feedback");
        int header = find(s, 0, "Dealer");
        Row d010 = s.getRow(header + 1);
        assertThat(text(d010, 0)).isEqualTo("D010");
        DealerRow card = new DealerService(ws).board(DealerPeriod.parse("2025-Q4")).rows().stream()
                .filter(r -> r.code().equals("D010")).findFirst().orElseThrow();
        assertThat((int) d010.getCell(5).getNumericCellValue()).isEqualTo(card.card().tickets().judged());
        assertThat((int) d010.getCell(6).getNumericCellValue()).isZero();
        FormulaEvaluator eval = en.getCreationHelper().createFormulaEvaluator();
        assertThat(eval.evaluate(d010.getCell(7)).getNumberValue()).isZero();
        assertThat(d010.getCell(8).getNumericCellValue()).isGreaterThan(72);
        // every dealer row's share is its scorecard's 48 h share for the quarter
        var board = new DealerService(ws).board(DealerPeriod.parse("2025-Q4"));
        int i = header + 1;
        for (; !"Total".equals(text(s.getRow(i), 0)); i++) {
            Row r = s.getRow(i);
            DealerRow b = board.rows().stream().filter(x -> x.code().equals(text(r, 0))).findFirst().orElseThrow();
            assertThat(eval.evaluate(r.getCell(7)).getNumberValue()).as(text(r, 0)).isCloseTo(b.card().resolved48h(), within(1e-12));
        }
        Row total = s.getRow(i);
        assertThat(total.getCell(7).getCellFormula()).isEqualTo("IFERROR(G" + (i + 1) + "/F" + (i + 1) + ",\"\")");
    }

    @Test
    void theChineseWorkbookNamesTheSheetColumnsAndAspectsInChinese() {
        Sheet s = zh.getSheet("客户反馈");
        assertThat(s).isNotNull();
        Row header = s.getRow(FeedbackSheet.GRID_HEADER);
        assertThat(text(header, 0)).isEqualTo("机型");
        assertThat(text(header, 3)).isEqualTo("差评占比");
        List<String> aspects = new ArrayList<>();
        for (int c = FeedbackSheet.ASPECT_COL; c < header.getLastCellNum(); c++) aspects.add(text(header, c));
        assertThat(aspects).contains("发热", "续航/电池");
        assertThat(text(s.getRow(0), 0)).startsWith("客户反馈，2025-10-01 – 2025-12-31：评价 " + reviews.size() + " 条");
    }

    /** The rows of the section whose banner starts with {@code banner}: from the row under its header to the first empty one. */
    private static List<Row> section(Sheet s, String banner) {
        int at = -1;
        for (int i = 0; i <= s.getLastRowNum(); i++) {
            if (s.getRow(i) != null && text(s.getRow(i), 0) != null && text(s.getRow(i), 0).startsWith(banner)) at = i;
        }
        assertThat(at).as(banner).isPositive();
        List<Row> out = new ArrayList<>();
        for (int r = at + 2; s.getRow(r) != null && s.getRow(r).getCell(0) != null && s.getRow(r).getCell(0).getCellType() != CellType.BLANK; r++) {
            out.add(s.getRow(r));
        }
        return out;
    }

    /**
     * Issue 22 item 4, by province: a review takes the ship-to province of its order, the first stored line of its channel
     * with its order id and product. Here that join is made again in Java from the plain tables, and the sheet's rows (most
     * reviews first, the reviews without a province last, then the total) must be those counts, the shares formulas.
     */
    @Test
    void theProvinceTableCountsEachReviewUnderTheShipToProvinceOfItsOrderAsAPlainJoinFindsIt() throws Exception {
        java.util.Map<String, String> byLine = new java.util.HashMap<>();
        java.util.Map<String, String> provinceOf = new java.util.HashMap<>();
        try (var c = ws.connect(); var st = c.createStatement()) {
            try (var rs = st.executeQuery("SELECT s.channel_id, s.order_id, s.product_id, g.province FROM sale s JOIN region g ON g.id = s.region_id "
                    + "WHERE s.hold = 0 AND s.order_id IS NOT NULL ORDER BY s.id")) {
                while (rs.next()) {
                    String order = rs.getLong(1) + "|" + rs.getString(2);
                    byLine.putIfAbsent(order + "|" + rs.getLong(3), rs.getString(4));
                    byLine.putIfAbsent(order + "|any", rs.getString(4));
                }
            }
            try (var rs = st.executeQuery("SELECT review_id, channel_id, order_id, product_id FROM review WHERE order_id IS NOT NULL")) {
                while (rs.next()) {
                    String order = rs.getLong(2) + "|" + rs.getString(3);
                    String code = byLine.get(order + "|" + (rs.getObject(4) == null ? "any" : String.valueOf(rs.getLong(4))));
                    if (code != null && !code.isEmpty()) provinceOf.put(rs.getString(1), code);
                }
            }
        }
        String none = "No province (order not in the sales)";
        java.util.Map<String, int[]> expected = new java.util.HashMap<>();
        for (ReadReview r : reviews) {
            String code = provinceOf.get(r.fact().reviewId());
            int[] v = expected.computeIfAbsent(code == null ? none : org.salestrack.model.Provinces.get().name(code, false, code), k -> new int[2]);
            v[0]++;
            if (r.reading().negative()) v[1]++;
        }
        // the Tmall reviews of the quarter find their orders (imported), the JD ones do not (their orders are not imported here)
        assertThat(expected.get(none)[0]).isPositive().isLessThan(reviews.size());
        assertThat(expected.get("Guangdong")[0]).isPositive();

        Sheet s = en.getSheet("Feedback");
        FormulaEvaluator eval = en.getCreationHelper().createFormulaEvaluator();
        List<Row> rows = section(s, "By the province of the reviews' orders");
        assertThat(text(s.getRow(rows.get(0).getRowNum() - 1), 0)).isEqualTo("Province");
        Row total = rows.get(rows.size() - 1);
        assertThat(text(total, 0)).isEqualTo("Total");
        java.util.Map<String, int[]> read = new java.util.LinkedHashMap<>();
        for (Row r : rows.subList(0, rows.size() - 1)) {
            int n = (int) r.getCell(1).getNumericCellValue();
            int neg = (int) r.getCell(2).getNumericCellValue();
            read.put(text(r, 0), new int[] {n, neg});
            assertThat(eval.evaluate(r.getCell(3)).getNumberValue()).isCloseTo((double) neg / n, within(1e-12));
        }
        assertThat(read.keySet()).isEqualTo(expected.keySet());
        expected.forEach((k, v) -> assertThat(read.get(k)).as(k).containsExactly(v));
        List<String> order = new ArrayList<>(read.keySet());
        assertThat(order.get(order.size() - 1)).isEqualTo(none);
        for (int i = 1; i < order.size() - 1; i++) assertThat(read.get(order.get(i))[0]).isLessThanOrEqualTo(read.get(order.get(i - 1))[0]);
        assertThat(eval.evaluate(total.getCell(1)).getNumberValue()).isEqualTo(reviews.size());
    }

    /**
     * Issue 22 item 4, the product life cycle: the months from each model's launch month (the product master's date) to the
     * review's month, counted again here; every sample model has a launch date, so every review with a model is counted.
     */
    @Test
    void theLifeCycleTableCountsTheReviewsByMonthsSinceTheirModelsLaunch() throws Exception {
        java.util.Map<String, java.time.YearMonth> launch = new java.util.HashMap<>();
        try (var c = ws.connect(); var st = c.createStatement();
             var rs = st.executeQuery("SELECT model, launch_date FROM product WHERE model IS NOT NULL AND launch_date IS NOT NULL")) {
            while (rs.next()) {
                java.time.YearMonth m = java.time.YearMonth.parse(rs.getString(2).substring(0, 7));
                launch.merge(rs.getString(1), m, (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        java.util.Map<Long, int[]> expected = new java.util.TreeMap<>();
        for (ReadReview r : reviews) {
            java.time.YearMonth l = launch.get(r.fact().model());
            if (l == null) continue;
            long months = l.until(java.time.YearMonth.from(r.fact().at()), java.time.temporal.ChronoUnit.MONTHS);
            int[] v = expected.computeIfAbsent(months, k -> new int[2]);
            v[0]++;
            if (r.reading().negative()) v[1]++;
        }
        assertThat(expected.size()).isGreaterThan(5);
        Sheet s = en.getSheet("Feedback");
        FormulaEvaluator eval = en.getCreationHelper().createFormulaEvaluator();
        java.util.Map<Long, int[]> read = new java.util.TreeMap<>();
        List<Long> months = new ArrayList<>();
        for (Row r : section(s, "By months since the model's launch")) {
            long m = (long) r.getCell(0).getNumericCellValue();
            months.add(m);
            int n = (int) r.getCell(1).getNumericCellValue();
            int neg = (int) r.getCell(2).getNumericCellValue();
            read.put(m, new int[] {n, neg});
            assertThat(eval.evaluate(r.getCell(3)).getNumberValue()).isCloseTo((double) neg / n, within(1e-12));
        }
        assertThat(months).isSorted();
        assertThat(read.keySet()).isEqualTo(expected.keySet());
        expected.forEach((k, v) -> assertThat(read.get(k)).as("month " + k).containsExactly(v));
        assertThat(text(zh.getSheet("客户反馈").getRow(section(zh.getSheet("客户反馈"), "按机型上市后的月数").get(0).getRowNum() - 1), 0)).isEqualTo("上市后月数");
    }
}
