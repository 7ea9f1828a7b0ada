package org.salestrack.ui.quality;

import org.salestrack.ui.start.OpenedWorkspace;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.analytics.explore.ExploreService;
import org.salestrack.forecast.ForecastTrackingService;
import org.salestrack.forecast.tracking.AlertPolicy;
import org.salestrack.ingest.ImportPolicy;
import org.salestrack.pipeline.ImportPipeline;
import org.salestrack.ingest.ImportService;
import org.salestrack.ingest.profile.ProfileCodec;
import org.salestrack.ingest.profile.ProfileLibrary;
import org.salestrack.model.ValidationIssue;
import org.salestrack.model.cube.Slice;
import org.salestrack.store.SummaryQuery;
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

/** An analyst runs validation, reads why a line was held, accepts it, and the total takes it back. */
@ExtendWith(ApplicationExtension.class)
class QualityScreenFxTest {
    static {
        System.setProperty("headless.geometry", "1600x1200-32");
    }

    @TempDir
    Path dir;
    Workspace ws;
    ExploreService explore;
    final ScriptedDialogs dialogs = new ScriptedDialogs();

    @Start
    void start(Stage stage) throws Exception {
        ws = Workspace.open(dir.resolve("w.db"));
        ImportService imports = new ImportService(ws, ProfileLibrary.load(dir.resolve("profiles")), ImportPolicy.DEFAULT);
        imports.importFile(copy("qa-sales.csv"), ProfileCodec.read(copy("qa-profile.json")), ProgressListener.NONE, Cancellation.none());
        explore = new ExploreService(ws);
        explore.refresh(Cancellation.none());
        ScreenServices services = org.salestrack.app.WorkspaceServices.screens(ws, "test", ValidationService.of(ws));
        ImportPipeline pipeline = new ImportPipeline(imports, services.quality(), explore,
                new ForecastTrackingService(ws, AlertPolicy.DEFAULT), 1);
        new Workbench(new OpenedWorkspace("test", explore, pipeline, explore.span().orElseThrow(), services), Locale.ENGLISH, dialogs).show(stage);
    }

    private Path copy(String name) throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/validate/" + name)) {
            Path p = dir.resolve(name);
            Files.copy(in, p, StandardCopyOption.REPLACE_EXISTING);
            return p;
        }
    }

    private static Node invalidRow(FxRobot robot) {
        return robot.lookup(".table-row-cell").match((Node n) -> n instanceof TableRow<?> r && r.getItem() instanceof ValidationIssue i
                && i.rule().equals("imei-invalid")).tryQuery().orElse(null);
    }

    private String amount() { return new SummaryQuery(ws).run(List.of(), null, null).get(0).amount().toPlainString(); }

    @Test
    void acceptingAnIssueOnTheScreenChangesTheTotal(FxRobot robot) throws Exception {
        robot.clickOn("#nav-quality");
        robot.clickOn("#quality-run");
        TableView<ValidationIssue> issues = robot.lookup("#quality-issues").query();
        org.salestrack.ui.FxWait.until(30, () -> issues.getItems().size() == 2);
        assertThat(amount()).isEqualTo("1500.00");
        // the list and the count land in the same FX update; this thread may look in between
        org.salestrack.ui.FxWait.until(10, () -> robot.lookup("#quality-open-count").queryLabeled().getText().equals("2 open issues"));
        // rows are cells of a virtual flow: they exist once the table has laid out its items
        org.salestrack.ui.FxWait.until(10, () -> invalidRow(robot) != null);
        robot.clickOn(invalidRow(robot));
        org.salestrack.ui.FxWait.until(10, () -> robot.lookup("#quality-why").queryLabeled().getText().contains("490154203237519"));
        // in Chinese the explanation is worded from its key in the Chinese bundle, in the detail and in the list
        robot.clickOn("#lang-zh");
        String zh = "IMEI 无效：490154203237519 未通过 Luhn 校验，末位是 9，但按前 14 位计算应为 8。";
        org.salestrack.ui.FxWait.until(10, () -> robot.lookup("#quality-why").queryLabeled().getText().equals(zh));
        org.salestrack.ui.FxWait.until(10, () -> robot.lookup(".table-cell").match((Node n) -> n instanceof TableCell<?, ?> c
                && zh.equals(c.getItem())).tryQuery().isPresent());
        assertThat(robot.lookup("#quality-lines").queryTableView().getColumns().get(0).getText()).isEqualTo("行");
        robot.clickOn("#lang-en");
        org.salestrack.ui.FxWait.until(10, () -> robot.lookup("#quality-why").queryLabeled().getText()
                .equals("IMEI 490154203237519 fails the Luhn check: its last digit is 9 but the first 14 digits need 8."));
        robot.clickOn("#quality-comment").write("typo at the till");
        robot.clickOn("#quality-accept");
        org.salestrack.ui.FxWait.until(30, () -> issues.getItems().size() == 1);
        assertThat(amount()).isEqualTo("2500.00");
        // the header links the remaining open issue to this screen from every screen
        org.salestrack.ui.FxWait.until(10, () -> "1 open data-quality issue".equals(robot.lookup("#open-issues-link").queryLabeled().getText()));
        Slice all = Slice.of(explore.span().orElseThrow().from(), explore.span().orElseThrow().to());
        org.salestrack.ui.FxWait.until(30, () -> explore.totals(all).amountE4() == 25_000_000);
        assertThat(robot.lookup("#quality-message").queryLabeled().getText()).isEqualTo("Accepted 1 issue; the totals now include its lines.");
    }

    /**
     * In the smallest window the selected finding's lines keep a row in sight and the review's buttons stay on screen
     * (a three-line explanation once squeezed the tables to their headers), and what the review did shows under the actions.
     */
    @Test
    void theSmallestWindowShowsTheFindingsLinesAndItsReview(FxRobot robot) throws Exception {
        robot.interact(() -> {
            robot.window(0).setWidth(1280);
            robot.window(0).setHeight(720);
        });
        robot.clickOn("#nav-quality");
        robot.clickOn("#quality-run");
        TableView<ValidationIssue> issues = robot.lookup("#quality-issues").query();
        org.salestrack.ui.FxWait.until(30, () -> issues.getItems().size() == 2 && invalidRow(robot) != null);
        robot.clickOn(invalidRow(robot));
        org.salestrack.ui.FxWait.until(10, () -> robot.lookup("#quality-lines").queryTableView().getItems().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#quality-lines").queryTableView().getHeight()).isGreaterThanOrEqualTo(78);
        Node accept = robot.lookup("#quality-accept").query();
        assertThat(accept.localToScene(accept.getBoundsInLocal()).getMaxY()).isLessThanOrEqualTo(accept.getScene().getHeight());
        robot.clickOn("#quality-accept");
        org.salestrack.ui.FxWait.until(30, () -> issues.getItems().size() == 1);
        Node message = robot.lookup("#quality-message").query();
        assertThat(robot.lookup("#quality-message").queryLabeled().getText()).isEqualTo("Accepted 1 issue; the totals now include its lines.");
        assertThat(message.localToScene(message.getBoundsInLocal()).getMaxY()).isLessThanOrEqualTo(message.getScene().getHeight());
    }

    /** The batch table's "Export to Excel…" keeps its counts as numbers, taken from the batches, not from "1,234". */
    @Test
    void theBatchTableExportsItsCountsAsNumbers(FxRobot robot) throws Exception {
        robot.clickOn("#nav-quality");
        robot.clickOn("#quality-run");
        TableView<ValidationIssue> issues = robot.lookup("#quality-issues").query();
        org.salestrack.ui.FxWait.until(30, () -> issues.getItems().size() == 2);
        robot.clickOn("Quality by batch");
        TableView<org.salestrack.model.BatchQuality> batches = robot.lookup("#quality-batches").query();
        org.salestrack.ui.FxWait.until(30, () -> !batches.getItems().isEmpty() && batches.getItems().get(0).validated());
        org.salestrack.model.BatchQuality b = batches.getItems().get(0);
        Path out = dir.resolve("batches.xlsx");
        dialogs.saveTo = out;
        // Monocle does not turn a secondary click on a table into its context menu: fire the table's own menu item
        robot.interact(() -> batches.getContextMenu().getItems().stream().filter(i -> "Export to Excel…".equals(i.getText()))
                .findFirst().orElseThrow().fire());
        WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS, () -> Files.exists(out) && Files.size(out) > 0);
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(out))) {
            org.apache.poi.ss.usermodel.Sheet sheet = wb.getSheetAt(0);
            int header = -1;
            for (int r = 0; r <= sheet.getLastRowNum() && header < 0; r++) {
                org.apache.poi.ss.usermodel.Row row = sheet.getRow(r);
                if (row != null && row.getCell(0) != null && "Batch".equals(row.getCell(0).toString())) header = r;
            }
            assertThat(header).as("the header row").isNotNegative();
            org.apache.poi.ss.usermodel.Row first = sheet.getRow(header + 1);
            assertThat(first.getCell(0).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
            assertThat((long) first.getCell(0).getNumericCellValue()).isEqualTo(b.batchId());
            assertThat((long) first.getCell(2).getNumericCellValue()).isEqualTo(b.lines());
            assertThat(first.getCell(6).getNumericCellValue()).isEqualTo(b.score(), org.assertj.core.data.Offset.offset(1e-9));
        }
    }
}
