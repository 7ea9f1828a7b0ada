package org.salestrack.ui.inventory;

import org.salestrack.ui.start.OpenedWorkspace;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
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
import org.salestrack.ingest.ImportService;
import org.salestrack.ingest.profile.ProfileLibrary;
import org.salestrack.model.inventory.ReplenishmentLine;
import org.salestrack.model.inventory.SlowMover;
import org.salestrack.model.inventory.Transfer;
import org.salestrack.pipeline.ImportPipeline;
import org.salestrack.store.Workspace;
import org.salestrack.task.Cancellation;
import org.salestrack.ui.ScreenServices;
import org.salestrack.ui.ScriptedDialogs;
import org.salestrack.ui.Workbench;
import org.salestrack.validate.ValidationService;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A planner opens Inventory on the planted workspace: the replenishment table holds S1's order, sorting by
 * the order column puts the largest first, a click on a slow mover charts its weeks, a higher service level
 * raises the safety stock, the purchase-order list is exported as CSV, the transfer plan moves 11 units of
 * P-A from 北京 to 广东, and the screen speaks Chinese.
 */
@ExtendWith(ApplicationExtension.class)
class InventoryScreenFxTest {
    static {
        System.setProperty("headless.geometry", "1600x1200-32");
    }

    @TempDir
    Path dir;
    final ScriptedDialogs dialogs = new ScriptedDialogs();
    Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Workspace ws = Workspace.open(dir.resolve("w.db"));
        ImportService imports = new ImportService(ws, ProfileLibrary.load(dir.resolve("profiles")), ImportPolicy.DEFAULT);
        InventoryFixture.importInto(imports, dir);
        ExploreService explore = new ExploreService(ws);
        explore.refresh(Cancellation.none());
        ScreenServices services = org.salestrack.app.WorkspaceServices.screens(ws, "test", ValidationService.of(ws));
        ImportPipeline pipeline = new ImportPipeline(imports, services.quality(), explore, new ForecastTrackingService(ws, AlertPolicy.DEFAULT), 1);
        new Workbench(new OpenedWorkspace("test", explore, pipeline, explore.span().orElseThrow(), services), Locale.ENGLISH, dialogs).show(stage);
    }

    private static Node row(FxRobot robot, String tableId, int index) {
        return robot.lookup(tableId + " .table-row-cell").match((Node n) -> n instanceof TableRow<?> r && r.getIndex() == index && r.getItem() != null)
                .tryQuery().orElse(null);
    }

    private static void reveal(FxRobot robot, String id) {
        javafx.scene.control.ScrollPane page = robot.lookup("#inventory-scroll").queryAs(javafx.scene.control.ScrollPane.class);
        robot.interact(() -> {
            Node n = robot.lookup(id).query();
            double y = page.getContent().sceneToLocal(n.localToScene(n.getBoundsInLocal())).getMinY();
            double free = page.getContent().getBoundsInLocal().getHeight() - page.getViewportBounds().getHeight();
            page.setVvalue(free <= 0 ? 0 : Math.max(0, Math.min(1, (y - 10) / free)));
        });
    }

    private static ReplenishmentLine line(TableView<ReplenishmentLine> t, String location, String sku) {
        return t.getItems().stream().filter(l -> l.location().equals(location) && l.sku().equals(sku)).findFirst().orElse(null);
    }

    @Test
    void thePlannerReadsOrdersSlowMoversAndTransfersAndExportsThePurchaseOrders(FxRobot robot) throws Exception {
        robot.clickOn("#nav-inventory");
        TableView<ReplenishmentLine> lines = robot.lookup("#inventory-replenishment").queryTableView();
        // the screen opens on the last snapshot (Sunday 2025-12-28); the planner plans as of the year's last day
        org.salestrack.ui.FxWait.until(60, () -> robot.lookup("#inventory-summary").queryLabeled().getText().startsWith("As of 2025-12-28"));
        robot.doubleClickOn("#inventory-as-of .text-field").eraseText(10).write("2025-12-31").type(javafx.scene.input.KeyCode.ENTER);
        org.salestrack.ui.FxWait.until(60, () -> robot.lookup("#inventory-summary").queryLabeled().getText().startsWith("As of 2025-12-31"));
        WaitForAsyncUtils.waitForFxEvents();
        ReplenishmentLine s1 = line(lines, "S1", "P-A");
        assertThat(s1.onHand()).isEqualTo(3);
        assertThat(s1.orderQty()).isEqualTo((long) Math.ceil(s1.orderUpTo() - 3 - 1e-9)).isGreaterThanOrEqualTo(11);
        assertThat(robot.lookup("#inventory-summary").queryLabeled().getText()).startsWith("As of 2025-12-31").contains("Stock-outs: 1 ")
                .endsWith(" S2 P-A");

        // sorting by the order column, twice for descending: the largest order first
        robot.clickOn("Order").clickOn("Order");
        WaitForAsyncUtils.waitForFxEvents();
        long max = lines.getItems().stream().mapToLong(ReplenishmentLine::orderQty).max().orElseThrow();
        assertThat(lines.getItems().get(0).orderQty()).isEqualTo(max);
        // units read as whole units (issue 11 #9): the first row's planned quantities, rounded, decimals on hover
        ReplenishmentLine top = lines.getItems().get(0);
        List<String> shown = robot.lookup("#inventory-replenishment .table-row-cell").nth(0).lookup(".table-cell").queryAll().stream()
                .map(n -> ((javafx.scene.control.Labeled) n).getText()).toList();
        assertThat(shown).contains(String.format(java.util.Locale.ENGLISH, "%,d", Math.round(top.safetyStock())),
                String.format(java.util.Locale.ENGLISH, "%,d", Math.round(top.reorderPoint())));
        assertThat(shown).noneMatch(t -> t != null && t.matches("[0-9,]+\\.[0-9]+"));

        // the slow mover P-B in 华北: a click charts its weeks
        reveal(robot, "#inventory-slow-movers");
        TableView<SlowMover> slow = robot.lookup("#inventory-slow-movers").queryTableView();
        int pb = -1;
        for (int i = 0; i < slow.getItems().size(); i++) if (slow.getItems().get(i).sku().equals("P-B")) pb = i;
        assertThat(pb).isNotNegative();
        int index = pb;
        org.salestrack.ui.FxWait.until(10, () -> row(robot, "#inventory-slow-movers", index) != null);
        robot.clickOn(row(robot, "#inventory-slow-movers", index));
        // the region in the reader's language, in the table and the chart's title (they read 华北 in the English UI)
        org.salestrack.ui.FxWait.until(10, () -> robot.lookup("#inventory-slow-chart-title").queryLabeled().getText().startsWith("P-B in North China"));
        assertThat(robot.lookup("#inventory-slow-movers .table-cell").match(LabeledMatchers.hasText("North China")).tryQuery()).isPresent();
        assertThat(robot.lookup("#inventory-slow-movers .table-cell").match(LabeledMatchers.hasText("华北")).tryQuery()).isEmpty();

        // transfers: 北京's surplus covers 广东's shortage of P-A
        TableView<Transfer> transfers = robot.lookup("#inventory-transfers").queryTableView();
        assertThat(transfers.getItems()).extracting(Transfer::from, Transfer::to, Transfer::units).containsExactly(
                org.assertj.core.groups.Tuple.tuple("11", "44", 11L));

        // a 99% service level holds more safety stock for P-B at S3
        double at95 = line(lines, "S3", "P-B").safetyStock();
        robot.interact(() -> robot.lookup("#inventory-scroll").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(0));
        robot.clickOn("#inventory-service-level").clickOn("99%");
        org.salestrack.ui.FxWait.until(60, () -> line(lines, "S3", "P-B") != null && line(lines, "S3", "P-B").safetyStock() > at95 * 1.3);
        assertThat(line(lines, "S3", "P-B").safetyStock() / at95).isBetween(1.4142, 1.4144);   // z(0.99) / z(0.95)

        Path out = dir.resolve("orders.csv");
        dialogs.saveTo = out;
        robot.clickOn("#inventory-export-csv");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(out) && Files.size(out) > 0);
        List<String> csv = Files.readAllLines(out, StandardCharsets.UTF_8);
        long ordered = lines.getItems().stream().filter(l -> l.orderQty() > 0).count();
        assertThat(csv).hasSize((int) ordered + 1);
        assertThat(csv).anySatisfy(l -> assertThat(l).startsWith("S1,").contains(",P-A,3,0,7,").endsWith("," + s1.orderQty()));

        // the same list as Excel: one row per order under the header, S1's order in the order column
        Path xlsx = dir.resolve("orders.xlsx");
        dialogs.saveTo = xlsx;
        robot.clickOn("#inventory-export-xlsx");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(xlsx) && Files.size(xlsx) > 0);
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(xlsx))) {
            var sheet = wb.getSheetAt(0);
            List<String> locations = new java.util.ArrayList<>();
            double s1Order = -1;
            for (var row : sheet) {
                var first = row.getCell(0);
                if (first == null || first.getCellType() != org.apache.poi.ss.usermodel.CellType.STRING) continue;
                String v = first.getStringCellValue();
                if (!v.matches("S\\d")) continue;
                locations.add(v);
                if (v.equals("S1") && row.getCell(2).getStringCellValue().equals("P-A")) s1Order = row.getCell(10).getNumericCellValue();
            }
            assertThat(locations).hasSize((int) ordered);
            assertThat(s1Order).isEqualTo(s1.orderQty());
        }

        // the global region filter: 华北 keeps 北京's store and its slow mover, not 华南's
        robot.clickOn("#filter-region");
        robot.clickOn(robot.lookup(".list-cell").match(n -> n instanceof javafx.scene.control.ListCell<?> c && c.isVisible() && "North China".equals(c.getText()))
                .queryAs(Node.class));
        robot.press(javafx.scene.input.KeyCode.ESCAPE).release(javafx.scene.input.KeyCode.ESCAPE);
        org.salestrack.ui.FxWait.until(60, () -> !lines.getItems().isEmpty()
                && lines.getItems().stream().allMatch(l -> l.location().equals("S3")));
        assertThat(lines.getItems()).extracting(ReplenishmentLine::sku).containsExactlyInAnyOrder("P-A", "P-B");
        assertThat(slow.getItems()).extracting(SlowMover::sku, SlowMover::region).containsExactly(org.assertj.core.groups.Tuple.tuple("P-B", "华北"));

        robot.clickOn("#lang-zh");
        org.salestrack.ui.FxWait.until(10, () -> "订货量".equals(lines.getColumns().get(8).getText()));
        assertThat(robot.lookup("#inventory-summary").queryLabeled().getText()).startsWith("截至 2025-12-31");
    }

    /**
     * Issue 11 (second review): at 1280x720 the replenishment table was below the fold, under the weeks-of-cover map.
     * It opens first, every row in the window without scrolling; the map is one click away on its tab, and back.
     */
    @Test
    void at1280TheReplenishmentRowsAreInTheWindowAndTheCoverMapOneClickAway(FxRobot robot) throws Exception {
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(720);
        });
        try {
            robot.clickOn("#nav-inventory");
            TableView<ReplenishmentLine> lines = robot.lookup("#inventory-replenishment").queryTableView();
            org.salestrack.ui.FxWait.until(60, () -> robot.lookup("#inventory-summary").queryLabeled().getText().startsWith("As of 2025-12-28"));
            WaitForAsyncUtils.waitForFxEvents();
            javafx.scene.control.ScrollPane page = robot.lookup("#inventory-scroll").queryAs(javafx.scene.control.ScrollPane.class);
            assertThat(page.getVvalue()).isZero();
            Node status = robot.lookup("#status-bar").query();
            double bottom = Math.min(status.localToScene(status.getBoundsInLocal()).getMinY(),
                    page.localToScene(page.getLayoutBounds()).getMaxY());
            javafx.geometry.Bounds header = robot.lookup("#inventory-replenishment .column-header-background").query()
                    .localToScene(robot.lookup("#inventory-replenishment .column-header-background").query().getBoundsInLocal());
            assertThat(header.getMaxY()).as("the table's header in the window").isLessThan(bottom);
            long inView = robot.lookup("#inventory-replenishment .table-row-cell").queryAll().stream()
                    .filter(n -> n instanceof TableRow<?> r && r.getItem() != null && r.isVisible())
                    .filter(n -> n.localToScene(n.getBoundsInLocal()).getMaxY() <= bottom + 0.5).count();
            assertThat(lines.getItems()).hasSize(4);
            // and room for more than the planted four: ten rows of the table in the window
            double tableBottom = Math.min(lines.localToScene(lines.getLayoutBounds()).getMaxY(), bottom);
            assertThat(tableBottom - header.getMaxY()).as("the table's rows in the window").isGreaterThanOrEqualTo(10 * 24);
            assertThat(inView).as("replenishment rows drawn above the status bar, unscrolled").isEqualTo(lines.getItems().size());

            assertThat(visibleInScene(robot.lookup("#inventory-cover").query())).as("the cover map behind its tab").isFalse();
            robot.clickOn("Weeks of cover (province x SKU)");
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(visibleInScene(robot.lookup("#inventory-cover").query())).isTrue();
            assertThat(visibleInScene(lines)).isFalse();
            robot.clickOn("Replenishment");
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(visibleInScene(lines)).isTrue();
        } finally {
            robot.interact(() -> {
                stage.setWidth(1480);
                stage.setHeight(940);
            });
        }
    }

    /** Drawn: it and every parent visible (a tab that is not selected hides its content). */
    private static boolean visibleInScene(Node n) {
        for (Node p = n; p != null; p = p.getParent()) if (!p.isVisible()) return false;
        return n.getScene() != null;
    }
}
