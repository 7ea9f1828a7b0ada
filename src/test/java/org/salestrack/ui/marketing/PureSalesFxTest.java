package org.salestrack.ui.marketing;

import org.salestrack.ui.start.OpenedWorkspace;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.IntPredicate;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.jfree.data.time.Month;
import org.jfree.data.time.TimeSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.analytics.explore.ExploreService;
import org.salestrack.forecast.ForecastTrackingService;
import org.salestrack.forecast.tracking.AlertPolicy;
import org.salestrack.ingest.ImportPolicy;
import org.salestrack.ingest.ImportService;
import org.salestrack.ingest.profile.ProfileLibrary;
import org.salestrack.pipeline.ImportPipeline;
import org.salestrack.store.Workspace;
import org.salestrack.task.Cancellation;
import org.salestrack.ui.Format;
import org.salestrack.ui.ScreenServices;
import org.salestrack.ui.ScriptedDialogs;
import org.salestrack.ui.Workbench;
import org.salestrack.validate.ValidationService;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An analyst reads an unpromoted base (issue 16 #5): a shop sells a known number of units a day for 112 days; SPRING
 * (tag spring, 14 days) and QUIET (tag test, 7 days) run on its channel, a third campaign on a channel it never sold
 * through. Picking "leave out every campaign window" in the filter bar takes exactly the 21 campaign days out of the
 * dashboard's units and the forecast screen's history, and the filter line says so; picking the tag spring alone
 * takes out SPRING's 14 days only; unticking it brings every unit back.
 */
@ExtendWith(ApplicationExtension.class)
class PureSalesFxTest {
    static {
        System.setProperty("headless.geometry", "1600x1200-32");
    }

    private static final LocalDate FIRST = LocalDate.of(2025, 3, 3);
    private static final int DAYS = 112;
    private static final IntPredicate SPRING = d -> d >= 84 && d < 98;
    private static final IntPredicate QUIET = d -> d >= 56 && d < 63;

    @TempDir
    Path dir;
    final int[] qty = new int[DAYS];

    @Start
    void start(Stage stage) throws Exception {
        Workspace ws = Workspace.open(dir.resolve("w.db"));
        ImportService imports = new ImportService(ws, ProfileLibrary.load(dir.resolve("profiles")), ImportPolicy.DEFAULT);
        ExploreService explore = new ExploreService(ws);
        ScreenServices services = org.salestrack.app.WorkspaceServices.screens(ws, "test", ValidationService.of(ws));
        ImportPipeline pipeline = new ImportPipeline(imports, services.quality(), explore, new ForecastTrackingService(ws, AlertPolicy.DEFAULT), 1);
        pipeline.importFiles(files(), null, (d, t, m) -> { }, Cancellation.none());
        new Workbench(new OpenedWorkspace("test", explore, pipeline, explore.span().orElseThrow(), services), Locale.ENGLISH, new ScriptedDialogs()).show(stage);
    }

    private List<Path> files() throws Exception {
        Path products = dir.resolve("products.csv");
        Files.write(products, List.of("sku,product_name,model,series,category,launch_date,list_price,unit_cost",
                "ORDER,Order,Order,Order,phone,2024-01-01,100.00,60.00"));
        List<String> sales = new ArrayList<>(List.of("customer_id,date,quantity,amount"));
        for (int d = 0; d < DAYS; d++) {
            LocalDate day = FIRST.plusDays(d);
            qty[d] = (day.getDayOfWeek().getValue() >= 6 ? 14 : 10) + (d * 7919 % 3) - 1 + (SPRING.test(d) ? 6 : 0);
            sales.add("C" + d + "," + day + "," + qty[d] + "," + (qty[d] * 100) + ".00");
        }
        Path salesCsv = dir.resolve("sales.csv");
        Files.write(salesCsv, sales);
        Path campaigns = dir.resolve("campaigns.csv");
        Files.write(campaigns, List.of("campaign_code,name,tag,starts,ends,channels,region,promo_type,budget",
                "QUIET,Quiet week,test," + FIRST.plusDays(56) + "," + FIRST.plusDays(62) + ",Orders,全国,直降,\"¥700.00\"",
                "SPRING,Spring sale,spring," + FIRST.plusDays(84) + "," + FIRST.plusDays(97) + ",Orders,全国,满减,\"¥1,400.00\"",
                "ELSEWHERE,Tmall day,tmall," + FIRST.plusDays(14) + "," + FIRST.plusDays(20) + ",天猫,全国,直降,\"¥100.00\""));
        return List.of(products, salesCsv, campaigns);
    }

    private long units(IntPredicate leftOut) {
        long n = 0;
        for (int d = 0; d < DAYS; d++) if (!leftOut.test(d)) n += qty[d];
        return n;
    }

    private long mayUnits(IntPredicate leftOut) {
        long n = 0;
        for (int d = 0; d < DAYS; d++) if (YearMonth.from(FIRST.plusDays(d)).equals(YearMonth.of(2025, 5)) && !leftOut.test(d)) n += qty[d];
        return n;
    }

    private static String text(FxRobot robot, String id) { return robot.lookup(id).queryAs(Labeled.class).getText(); }

    private static void waitFor(FxRobot robot, String id, String expected) throws Exception {
        org.salestrack.ui.FxWait.until(20, () -> expected.equals(text(robot, id)));
    }

    private static double mayHistory(FxRobot robot) {
        var chart = robot.lookup("#forecast-chart").queryAs(org.jfree.chart.fx.ChartViewer.class).getChart();
        for (int i = 0; i < chart.getXYPlot().getDatasetCount(); i++) {
            if (chart.getXYPlot().getDataset(i) instanceof TimeSeriesCollection lines) {
                Number v = lines.getSeries(0).getValue(new Month(5, 2025));
                return v == null ? Double.NaN : v.doubleValue();
            }
        }
        return Double.NaN;
    }

    @Test
    void leavingCampaignWindowsOutTakesTheirDaysOutOfTheDashboardAndTheForecastHistory(FxRobot robot) throws Exception {
        robot.clickOn("#filter-preset");
        robot.clickOn("All dates");
        String all = Format.units(units(d -> false), Locale.ENGLISH);
        waitFor(robot, "#kpi-units-value", all);
        assertThat(text(robot, "#filter-pure")).isEqualTo("Campaigns: counted");

        robot.clickOn("#filter-pure");
        robot.clickOn("Leave out every campaign window (pure sales)");
        waitFor(robot, "#kpi-units-value", Format.units(units(SPRING.or(QUIET)), Locale.ENGLISH));
        assertThat(text(robot, "#filter-pure")).isEqualTo("Pure sales: every campaign left out");
        assertThat(text(robot, "#dashboard-filters")).contains("Pure sales: every campaign left out");

        robot.clickOn("#filter-pure");
        robot.clickOn("spring");
        waitFor(robot, "#kpi-units-value", Format.units(units(SPRING), Locale.ENGLISH));
        assertThat(text(robot, "#dashboard-filters")).contains("Pure sales: spring left out");

        // the forecast screen's history reads the same base: May without SPRING's last six days
        robot.clickOn("#nav-forecast");
        org.salestrack.ui.FxWait.until(30, () -> mayHistory(robot) == mayUnits(SPRING));
        assertThat(mayUnits(SPRING)).isLessThan(mayUnits(d -> false));
        // a forecast of the unpromoted base is not kept for tracking
        org.salestrack.ui.FxWait.until(60, () -> !robot.lookup("#forecast-keep").queryButton().isDisabled());
        robot.clickOn("#forecast-keep");
        org.salestrack.ui.FxWait.until(10, () -> text(robot, "#forecast-message").startsWith("Not kept: this is a forecast of pure sales"));

        robot.clickOn("#nav-dashboard");
        robot.clickOn("#filter-pure");
        robot.clickOn("spring");
        waitFor(robot, "#kpi-units-value", all);
        assertThat(text(robot, "#filter-pure")).isEqualTo("Campaigns: counted");
        assertThat(text(robot, "#dashboard-filters")).doesNotContain("Pure sales");
    }
}
