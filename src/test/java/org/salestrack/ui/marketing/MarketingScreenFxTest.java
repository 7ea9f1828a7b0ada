package org.salestrack.ui.marketing;

import org.salestrack.ui.start.OpenedWorkspace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.analytics.explore.ExploreService;
import org.salestrack.forecast.ForecastTrackingService;
import org.salestrack.forecast.tracking.AlertPolicy;
import org.salestrack.ingest.ImportPolicy;
import org.salestrack.ingest.ImportService;
import org.salestrack.ingest.profile.ProfileLibrary;
import org.salestrack.model.marketing.CampaignImpact;
import org.salestrack.pipeline.ImportPipeline;
import org.salestrack.store.Workspace;
import org.salestrack.task.Cancellation;
import org.salestrack.task.ProgressListener;
import org.salestrack.ui.ScreenServices;
import org.salestrack.ui.ScriptedDialogs;
import org.salestrack.ui.Workbench;
import org.salestrack.validate.ValidationService;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A marketer opens Marketing on a shop with two campaigns: SPRING sells half as much again for 14 days,
 * QUIET changes nothing. The table sorts by incremental revenue, a click on SPRING charts it against its
 * baseline with the window shaded, the attribution table puts the journeys side by side (Shapley
 * A 23, B 18, C 3), the calculator answers 120/1000 against 145/1000 with P(B > A) = 0.9502 as it is typed,
 * and the campaigns are exported.
 */
@ExtendWith(ApplicationExtension.class)
class MarketingScreenFxTest {
    static {
        System.setProperty("headless.geometry", "1600x1200-32");
    }

    private static final LocalDate FIRST = LocalDate.of(2025, 3, 3);

    @TempDir
    Path dir;
    final ScriptedDialogs dialogs = new ScriptedDialogs();
    double plantedRevenue;
    /** Every sale line is a customer of its own (one order each): new customers by month, and those in SPRING's window. */
    final java.util.Map<java.time.YearMonth, Integer> linesByMonth = new java.util.TreeMap<>();
    int springLines;

    @Start
    void start(Stage stage) throws Exception {
        Workspace ws = Workspace.open(dir.resolve("w.db"));
        ImportService imports = new ImportService(ws, ProfileLibrary.load(dir.resolve("profiles")), ImportPolicy.DEFAULT);
        for (Path f : files()) imports.importFile(f, null, ProgressListener.NONE, Cancellation.none());
        ExploreService explore = new ExploreService(ws);
        explore.refresh(Cancellation.none());
        ScreenServices services = org.salestrack.app.WorkspaceServices.screens(ws, "test", ValidationService.of(ws));
        ImportPipeline pipeline = new ImportPipeline(imports, services.quality(), explore, new ForecastTrackingService(ws, AlertPolicy.DEFAULT), 1);
        new Workbench(new OpenedWorkspace("test", explore, pipeline, explore.span().orElseThrow(), services), Locale.ENGLISH, dialogs).show(stage);
    }

    private List<Path> files() throws Exception {
        Path products = dir.resolve("products.csv");
        Files.write(products, List.of("sku,product_name,model,series,category,launch_date,list_price,unit_cost",
                "ORDER,Order,Order,Order,phone,2024-01-01,100.00,60.00"));
        List<String> sales = new ArrayList<>(List.of("customer_id,date,quantity,amount"));
        for (int d = 0; d < 112; d++) {
            LocalDate day = FIRST.plusDays(d);
            int qty = (day.getDayOfWeek().getValue() >= 6 ? 14 : 10) + (d * 7919 % 3) - 1;
            if (d >= 84 && d < 98) {
                plantedRevenue += qty * 0.5 * 100;
                qty = (int) Math.round(qty * 1.5);
            }
            for (int i = 0; i < qty; i++) sales.add("C" + d + "-" + i + "," + day + ",1,100.00");
            linesByMonth.merge(java.time.YearMonth.from(day), qty, Integer::sum);
            if (d >= 84 && d < 98) springLines += qty;
        }
        Path salesCsv = dir.resolve("sales.csv");
        Files.write(salesCsv, sales);
        Path campaigns = dir.resolve("campaigns.csv");
        Files.write(campaigns, List.of("campaign_code,name,tag,starts,ends,channels,region,promo_type,budget",
                "QUIET,Quiet week,test," + FIRST.plusDays(56) + "," + FIRST.plusDays(62) + ",Orders,全国,直降,\"¥700.00\"",
                "SPRING,Spring sale,spring," + FIRST.plusDays(84) + "," + FIRST.plusDays(97) + ",Orders,全国,满减,\"¥1,400.00\"",
                // on a channel this shop never sold through: measured nowhere, marked nowhere
                "ELSEWHERE,Tmall day,tmall," + FIRST.plusDays(14) + "," + FIRST.plusDays(20) + ",天猫,全国,直降,\"¥100.00\""));
        List<String> spend = new ArrayList<>(List.of("date,channel,campaign_code,spend,impressions,clicks"));
        for (int d = 0; d < 14; d++) spend.add(FIRST.plusDays(84 + d) + ",Orders,SPRING,100.00,1000,10");
        for (int d = 0; d < 7; d++) spend.add(FIRST.plusDays(56 + d) + ",Orders,QUIET,100.00,1000,10");
        Path spendCsv = dir.resolve("spend.csv");
        Files.write(spendCsv, spend);
        List<String> touches = new ArrayList<>(List.of("customer_id,at,channel,order_id"));
        int[] k = {0};
        journeys(touches, k, 10, "A");
        journeys(touches, k, 5, "B");
        journeys(touches, k, 20, "A", "B");
        journeys(touches, k, 9, "A", "B", "C");
        touches.add("K" + k[0] + ",2025-01-02 10:00:00,C,");
        Path touchCsv = dir.resolve("touchpoints.csv");
        Files.write(touchCsv, touches);
        return List.of(products, salesCsv, campaigns, spendCsv, touchCsv);
    }

    private static void journeys(List<String> rows, int[] customer, int count, String... channels) {
        for (int i = 0; i < count; i++) {
            String id = "K" + customer[0]++;
            for (int c = 0; c < channels.length; c++) {
                rows.add(id + ",2025-01-0" + (c + 1) + " 10:00:00," + channels[c] + "," + (c == channels.length - 1 ? "O" + id : ""));
            }
        }
    }

    private static Node row(FxRobot robot, String tableId, int index) {
        return robot.lookup(tableId + " .table-row-cell").match((Node n) -> n instanceof TableRow<?> r && r.getIndex() == index && r.getItem() != null)
                .tryQuery().orElse(null);
    }

    private static void reveal(FxRobot robot, javafx.scene.control.ScrollPane page, String id) {
        robot.interact(() -> {
            Node n = robot.lookup(id).query();
            double y = page.getContent().sceneToLocal(n.localToScene(n.getBoundsInLocal())).getMinY();
            double free = page.getContent().getBoundsInLocal().getHeight() - page.getViewportBounds().getHeight();
            page.setVvalue(free <= 0 ? 0 : Math.max(0, Math.min(1, (y - 10) / free)));
        });
    }

    private static String text(FxRobot robot, String id) { return robot.lookup(id).queryLabeled().getText(); }

    @Test
    void theMarketerSortsChartsAttributesTestsAndExports(FxRobot robot) throws Exception {
        robot.clickOn("#nav-marketing");
        TableView<CampaignImpact> table = robot.lookup("#marketing-campaigns").queryTableView();
        org.salestrack.ui.FxWait.until(60, () -> table.getItems().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).extracting(CampaignImpact::code).containsExactly("QUIET", "SPRING");
        // before a pick the chart says what to do, once: the line over it repeated the same sentence (screenshot review)
        assertThat(text(robot, "#marketing-detail")).isEmpty();
        assertThat(robot.lookup("#marketing-chart").queryAs(org.jfree.chart.fx.ChartViewer.class).getChart().getXYPlot().getNoDataMessage())
                .isEqualTo("Pick a campaign in the table to see its daily revenue against the baseline.");

        // sorting by incremental revenue: once ascending, then descending
        robot.clickOn("Incremental revenue");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).extracting(CampaignImpact::code).containsExactly("QUIET", "SPRING");
        robot.clickOn("Incremental revenue");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).extracting(CampaignImpact::code).containsExactly("SPRING", "QUIET");

        robot.clickOn(row(robot, "#marketing-campaigns", 0));
        org.salestrack.ui.FxWait.until(10, () -> text(robot, "#marketing-detail").startsWith("SPRING"));
        CampaignImpact spring = table.getItems().get(0);
        assertThat(spring.revenue().incremental()).isCloseTo(plantedRevenue, within(plantedRevenue * 0.15));
        assertThat(plantedRevenue).isBetween(spring.revenue().incrementalLow(), spring.revenue().incrementalHigh());
        assertThat(text(robot, "#marketing-detail")).contains(MarketingTables.yuan(spring.revenue().incremental(), Locale.ENGLISH))
                .contains("ROI " + String.format(Locale.ENGLISH, "%.2f", spring.roi()));
        // the chart: 112 days of actual revenue, the baseline over the 14-day window and the 14 days after, the window shaded
        org.jfree.chart.JFreeChart chart = robot.lookup("#marketing-chart").queryAs(org.jfree.chart.fx.ChartViewer.class).getChart();
        org.jfree.chart.plot.XYPlot plot = chart.getXYPlot();
        assertThat(plot.getDataset(0).getItemCount(0)).isEqualTo(112);
        assertThat(plot.getDataset(0).getItemCount(1)).isEqualTo(28);
        assertThat(plot.getDataset(1).getItemCount(0)).isEqualTo(28);
        org.jfree.chart.plot.IntervalMarker window = (org.jfree.chart.plot.IntervalMarker)
                plot.getDomainMarkers(org.jfree.chart.ui.Layer.BACKGROUND).iterator().next();
        assertThat(window.getStartValue()).isEqualTo(FIRST.plusDays(84).atStartOfDay(ZoneId.systemDefault()).toInstant().toEpochMilli());
        assertThat(window.getEndValue()).isEqualTo(FIRST.plusDays(98).atStartOfDay(ZoneId.systemDefault()).toInstant().toEpochMilli());
        // a weekday's baseline is near ¥1,000 (10 units at ¥100), a weekend day's near ¥1,400
        assertThat(plot.getDataset(0).getYValue(1, 0)).as("the window opens on a Monday").isCloseTo(1000, within(150.0));
        assertThat(plot.getDataset(0).getYValue(1, 5)).as("its Saturday").isCloseTo(1400, within(150.0));

        javafx.scene.control.ScrollPane page = robot.lookup("#marketing-scroll").queryAs(javafx.scene.control.ScrollPane.class);
        reveal(robot, page, "#marketing-attribution");
        TableView<MarketingViewModel.AttributionRow> attribution = robot.lookup("#marketing-attribution").queryTableView();
        assertThat(attribution.getItems()).extracting(MarketingViewModel.AttributionRow::channel).containsExactly("A", "B", "C");
        int shapley = org.salestrack.model.marketing.AttributionModel.SHAPLEY.ordinal();
        assertThat(attribution.getItems().stream().mapToDouble(r -> r.conversions()[shapley]).toArray()).containsExactly(new double[] {23, 18, 3}, within(1e-9));
        assertThat(robot.lookup("#marketing-attribution .table-cell").match((Node n) ->
                n instanceof javafx.scene.control.TableCell<?, ?> c && "23.0".equals(c.getText())).tryQuery()).isPresent();

        // the calculator answers as the counts are typed
        robot.clickOn("#marketing-ab-a-conversions").write("120");
        robot.clickOn("#marketing-ab-a-trials").write("1000");
        robot.clickOn("#marketing-ab-b-conversions").write("145");
        assertThat(text(robot, "#marketing-ab-answer")).isEmpty();
        robot.clickOn("#marketing-ab-b-trials").write("1000");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#marketing-ab-answer")).isEqualTo("P(B > A) = 0.9502");
        assertThat(text(robot, "#marketing-ab-a")).startsWith("A: 12.1% (95% credible 10.1% to 14.2%)");
        assertThat(text(robot, "#marketing-ab-split")).contains("B 95.");
        // a mistyped count is named, and mending it brings the answer back
        robot.clickOn("#marketing-ab-b-conversions").type(KeyCode.END).write("x");
        assertThat(text(robot, "#marketing-ab-answer")).isEqualTo("Counts must be whole numbers.");
        robot.type(KeyCode.BACK_SPACE);
        assertThat(text(robot, "#marketing-ab-answer")).isEqualTo("P(B > A) = 0.9502");

        Path out = dir.resolve("campaigns.xlsx");
        dialogs.saveTo = out;
        reveal(robot, page, "#marketing-campaigns");
        robot.clickOn("#marketing-export");
        org.salestrack.ui.FxWait.until(30, () -> Files.exists(out));
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            Sheet s = wb.getSheetAt(0);
            Row springRow = null;
            for (Row r : s) if (r.getCell(0) != null && "SPRING".equals(r.getCell(0).toString())) springRow = r;
            assertThat(springRow).isNotNull();
            assertThat(springRow.getCell(4).getNumericCellValue()).isEqualTo(1400.0);
            assertThat(springRow.getCell(7).getNumericCellValue()).isCloseTo(spring.revenue().incremental(), within(0.01));
        }

        robot.clickOn("#lang-zh");
        org.salestrack.ui.FxWait.until(10, () -> text(robot, "#marketing-ab-answer").equals("B 优于 A 的概率 P(B > A) = 0.9502")
                && text(robot, "#marketing-ab-split").startsWith("建议预算分配"));
        assertThat(robot.lookup("增量收入").tryQuery()).isPresent();
    }

    /**
     * Channel ROI by month: SPRING's ¥100 a day from 26 May to 8 June and QUIET's from 28 April to 4 May
     * make ¥300 in April, ¥1,000 in May and ¥800 in June; every line is a new customer, so CAC = spend / lines
     * of the month. The marketer sorts by CAC with two clicks on its header and reads who SPRING brought.
     */
    @Test
    void theMarketerReadsChannelRoiAndCacByMonthAndSortsByCac(FxRobot robot) throws Exception {
        robot.clickOn("#nav-marketing");
        TableView<org.salestrack.model.marketing.ChannelReturn> months = robot.lookup("#marketing-channel-roi").queryTableView();
        org.salestrack.ui.FxWait.until(60, () -> months.getItems().size() == 3);
        WaitForAsyncUtils.waitForFxEvents();
        TableView<CampaignImpact> campaigns = robot.lookup("#marketing-campaigns").queryTableView();
        assertThat(months.getItems()).extracting(r -> r.channel() + " " + r.month()).containsExactly("Orders 2025-04", "Orders 2025-05", "Orders 2025-06");
        assertThat(months.getItems()).extracting(r -> r.spend().doubleValue()).containsExactly(300.0, 1000.0, 800.0);
        double increments = campaigns.getItems().stream().mapToDouble(c -> c.revenue().incremental()).sum();
        assertThat(months.getItems().stream().mapToDouble(org.salestrack.model.marketing.ChannelReturn::incrementalRevenue).sum())
                .isCloseTo(increments, within(1e-6));
        double[] cac = new double[3];
        for (int i = 0; i < 3; i++) {
            var r = months.getItems().get(i);
            int fresh = linesByMonth.get(r.month());
            assertThat(r.newCustomers()).as(r.month() + " new customers").isEqualTo(fresh);
            cac[i] = r.spend().doubleValue() / fresh;
            assertThat(r.cac()).isCloseTo(cac[i], within(1e-9));
            assertThat(r.roi()).isCloseTo(r.incrementalMargin() / r.spend().doubleValue(), within(1e-12));
        }

        javafx.scene.control.ScrollPane page = robot.lookup("#marketing-scroll").queryAs(javafx.scene.control.ScrollPane.class);
        reveal(robot, page, "#marketing-channel-roi");
        Node cacHeader = robot.lookup("#marketing-channel-roi .column-header").match((Node n) -> "marketing-channel-roi-cac".equals(n.getId())).query();
        robot.clickOn(cacHeader);
        robot.clickOn(cacHeader);
        WaitForAsyncUtils.waitForFxEvents();
        double[] shown = months.getItems().stream().mapToDouble(org.salestrack.model.marketing.ChannelReturn::cac).toArray();
        double[] expected = java.util.Arrays.stream(cac).boxed().sorted(java.util.Comparator.reverseOrder()).mapToDouble(Double::doubleValue).toArray();
        assertThat(shown).containsExactly(expected, within(1e-9));
        assertThat(robot.lookup("#marketing-channel-roi .table-cell").match((Node n) -> n instanceof javafx.scene.control.TableCell<?, ?> c
                && MarketingTables.yuan(expected[0], Locale.ENGLISH).equals(c.getText())).tryQuery()).isPresent();

        TableView<org.salestrack.model.marketing.CampaignCustomers> brought = robot.lookup("#marketing-campaign-customers").queryTableView();
        var spring = brought.getItems().stream().filter(c -> c.code().equals("SPRING")).findFirst().orElseThrow();
        assertThat(spring.newCustomers()).isEqualTo(springLines);
        assertThat(spring.repeatRate()).isZero();
        assertThat(spring.cac()).isCloseTo(1400.0 / springLines, within(1e-9));
    }

    private static List<String> markedPeriods(JFreeChartRef c) {
        List<String> out = new ArrayList<>();
        for (Object m : c.plot().getDomainMarkers(org.jfree.chart.ui.Layer.BACKGROUND)) {
            out.add(String.valueOf(((org.jfree.chart.plot.CategoryMarker) m).getKey()));
        }
        return out;
    }

    private record JFreeChartRef(org.jfree.chart.plot.CategoryPlot plot) {
        String tooltip(String periodPrefix) {
            var data = plot.getDataset();
            for (int col = 0; col < data.getColumnCount(); col++) {
                if (String.valueOf(data.getColumnKey(col)).startsWith(periodPrefix)) {
                    return plot.getRenderer().getDefaultToolTipGenerator().generateToolTip(data, 0, col);
                }
            }
            throw new AssertionError("no period " + periodPrefix);
        }
    }

    private static void pickPreset(FxRobot robot, String name) {
        robot.clickOn("#filter-preset");
        Node cell = robot.lookup(".list-cell").match((Node n) -> n instanceof javafx.scene.control.Labeled l && name.equals(l.getText())
                && n.isVisible()).query();
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * The dashboard's trend shades the periods in which QUIET (28 April - 4 May) and SPRING (26 May - 8 June)
     * ran and names them on hover; the Tmall day, on a channel the shop never sold through, is not marked.
     * Narrowing the dates to the last four weeks leaves SPRING alone, on its two weeks.
     */
    @Test
    void theDashboardsTrendMarksTheCampaignsTheFiltersReach(FxRobot robot) throws Exception {
        robot.clickOn("#nav-dashboard");
        pickPreset(robot, "All dates");
        robot.clickOn("#dashboard-grain-month");
        JFreeChartRef trend = new JFreeChartRef(robot.lookup("#dashboard-trend").queryAs(org.jfree.chart.fx.ChartViewer.class).getChart().getCategoryPlot());
        org.salestrack.ui.FxWait.until(60, () -> markedPeriods(trend).size() == 3 && trend.plot().getDataset().getColumnCount() == 4);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(markedPeriods(trend)).allMatch(p -> p.startsWith("2025-04") || p.startsWith("2025-05") || p.startsWith("2025-06"));
        assertThat(trend.tooltip("2025-05")).contains("campaigns: Quiet week (QUIET), Spring sale (SPRING)");
        assertThat(trend.tooltip("2025-04")).endsWith("campaigns: Quiet week (QUIET)");
        assertThat(trend.tooltip("2025-03")).doesNotContain("campaigns").doesNotContain("Tmall");
        assertThat(text(robot, "#dashboard-trend-campaigns")).contains("campaigns: 2;");

        pickPreset(robot, "Last 4 weeks");
        robot.clickOn("#dashboard-grain-week");
        org.salestrack.ui.FxWait.until(60, () -> trend.plot().getDataset().getColumnCount() == 4 && markedPeriods(trend).size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#dashboard-trend-campaigns")).contains("campaigns: 1;");
        String firstWeek = String.valueOf(trend.plot().getDataset().getColumnKey(0));
        assertThat(trend.tooltip(firstWeek)).endsWith("campaigns: Spring sale (SPRING)");
    }
}
