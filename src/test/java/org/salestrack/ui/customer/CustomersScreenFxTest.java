package org.salestrack.ui.customer;

import org.salestrack.ui.start.OpenedWorkspace;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.analytics.explore.ExploreService;
import org.salestrack.forecast.ForecastTrackingService;
import org.salestrack.forecast.tracking.AlertPolicy;
import org.salestrack.ingest.ImportPolicy;
import org.salestrack.pipeline.ImportPipeline;
import org.salestrack.ingest.ImportService;
import org.salestrack.ingest.profile.ProfileLibrary;
import org.salestrack.model.customer.CustomerProfile;
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
 * An analyst opens Customers on a shop's transaction list: the tiles count the planted customers, a click
 * on the R1 x F1 cell lists its two customers, a row shows that customer's purchases, a longer churn
 * window changes the churned count, and the win-back list is exported for the CRM.
 */
@ExtendWith(ApplicationExtension.class)
class CustomersScreenFxTest {
    static {
        System.setProperty("headless.geometry", "1600x1200-32");
    }

    @TempDir
    Path dir;
    final ScriptedDialogs dialogs = new ScriptedDialogs();

    @Start
    void start(Stage stage) throws Exception {
        Workspace ws = Workspace.open(dir.resolve("w.db"));
        ImportService imports = new ImportService(ws, ProfileLibrary.load(dir.resolve("profiles")), ImportPolicy.DEFAULT);
        Path csv = dir.resolve("orders.csv");
        // A: twice, recent-ish; B: one ¥6,000 purchase long ago; C: two lines on one day; D: once, recently; E: three times in December
        Files.write(csv, List.of("customer_id,date,quantity,amount",
                "A,2025-01-10,1,3000.00", "A,2025-11-20,1,3500.50", "B,2024-03-01,1,6000.00",
                "C,2025-06-01,1,2000.00", "C,2025-06-01,1,1000.00", "D,2025-12-01,1,99.90",
                "E,2025-12-15,1,500.00", "E,2025-12-20,1,600.00", "E,2025-12-28,1,700.00"));
        imports.importFile(csv, null, ProgressListener.NONE, Cancellation.none());
        ExploreService explore = new ExploreService(ws);
        explore.refresh(Cancellation.none());
        ScreenServices services = org.salestrack.app.WorkspaceServices.screens(ws, "test", ValidationService.of(ws));
        ImportPipeline pipeline = new ImportPipeline(imports, services.quality(), explore, new ForecastTrackingService(ws, AlertPolicy.DEFAULT), 1);
        new Workbench(new OpenedWorkspace("test", explore, pipeline, explore.span().orElseThrow(), services), Locale.ENGLISH, dialogs).show(stage);
    }

    private static String text(FxRobot robot, String id) { return robot.lookup(id).queryLabeled().getText(); }

    private static Node row(FxRobot robot, String tableId, int index) {
        return robot.lookup(tableId + " .table-row-cell").match((Node n) -> n instanceof TableRow<?> r && r.getIndex() == index && r.getItem() != null)
                .tryQuery().orElse(null);
    }

    @Test
    void theAnalystReadsSegmentsListsAndExportsTheWinBackList(FxRobot robot) throws Exception {
        robot.clickOn("#nav-customers");
        org.salestrack.ui.FxWait.until(30, () -> "5".equals(text(robot, "#customers-tile-customers")));
        // the tiles are filled one after the other in one FX pass: let the pass end before reading the rest
        WaitForAsyncUtils.waitForFxEvents();
        // as of the last purchase (2025-12-28) six months back is 2025-06-28: B and C have churned
        assertThat(text(robot, "#customers-tile-churned")).isEqualTo("2");
        assertThat(text(robot, "#customers-tile-high")).isEqualTo("1");
        assertThat(robot.lookup("#customers-tile-spend").queryLabeled().getParent().lookupAll(".kpi-note").iterator().next())
                .satisfies(n -> assertThat(((javafx.scene.control.Label) n).getText()).contains("17,400.40"));
        // one purchase each for B, C, D ties the frequency cut points at 1: F2 and F3 stay empty, and the screen says so
        assertThat(text(robot, "#customers-empty-scores")).contains("F2").contains("F3");

        robot.clickOn("#customers-rfm-1-1");
        TableView<CustomerProfile> listed = robot.lookup("#customers-listed").queryTableView();
        org.salestrack.ui.FxWait.until(10, () -> listed.getItems().size() == 2);
        assertThat(listed.getItems()).extracting(CustomerProfile::spendE4).containsExactly(60_000_000L, 30_000_000L);

        // comparing with the end of June: A, B and C were customers then, and each sits in some segment now
        robot.clickOn("#customers-compare .text-field").write("2025-06-30").type(KeyCode.ENTER);
        TableView<CustomersViewModel.MigrationRow> migration = robot.lookup("#customers-migration").queryTableView();
        org.salestrack.ui.FxWait.until(30, () -> migration.getItems().stream().mapToLong(CustomersViewModel.MigrationRow::customers).sum() == 3);

        // the lists are further down the page: the analyst scrolls to them with the wheel
        // (the headless robot's wheel counts the other way round and moves a pixel a notch: the wheel proves the page
        // scrolls, then the scroll bar is dragged the rest of the way, as reveal() does)
        javafx.scene.control.ScrollPane page = robot.lookup("#customers-scroll").queryAs(javafx.scene.control.ScrollPane.class);
        robot.moveTo("#customers-tile-customers").scroll(10, javafx.geometry.VerticalDirection.DOWN).scroll(10, javafx.geometry.VerticalDirection.UP);
        org.salestrack.ui.FxWait.until(10, () -> page.getVvalue() > 0);
        org.salestrack.ui.Reveal.in(robot, page, "#customers-tabs");
        org.salestrack.ui.FxWait.until(10, () -> row(robot, "#customers-listed", 1) != null);
        robot.clickOn(row(robot, "#customers-listed", 1));
        TableView<?> history = robot.lookup("#customers-history").queryTableView();
        org.salestrack.ui.FxWait.until(10, () -> history.getItems().size() == 2);

        // a year's window: only B has gone quiet for that long
        robot.doubleClickOn("#customers-churn-months .text-field").write("12").type(KeyCode.ENTER);
        org.salestrack.ui.FxWait.until(30, () -> "1".equals(text(robot, "#customers-tile-churned")));

        robot.clickOn("Win-back");
        TableView<CustomerProfile> winBack = robot.lookup("#customers-win-back").queryTableView();
        org.salestrack.ui.FxWait.until(10, () -> winBack.getItems().size() == 1);
        Path out = dir.resolve("win-back.xlsx");
        dialogs.saveTo = out;
        robot.clickOn("#customers-export");
        org.salestrack.ui.FxWait.until(30, () -> Files.exists(out));
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            Sheet s = wb.getSheetAt(0);
            int data = 0;
            for (var r : s) if (r.getRowNum() > 0 && r.getCell(0) != null && r.getCell(0).getStringCellValue().startsWith("C-")) data++;
            assertThat(data).isEqualTo(1);
        }

        robot.clickOn("#lang-zh");
        org.salestrack.ui.FxWait.until(10, () -> robot.lookup("#customers-segments .table-cell").match((Node n) ->
                n instanceof javafx.scene.control.TableCell<?, ?> c && "已流失".equals(c.getItem())).tryQuery().isPresent());
    }
}
