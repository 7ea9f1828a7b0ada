package org.salestrack.ui.imports;

import org.salestrack.ui.start.OpenedWorkspace;
import org.salestrack.ui.ScreenServices;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.ingest.ImportService;
import org.salestrack.model.SummaryRow;
import org.salestrack.store.SummaryQuery;
import org.salestrack.ui.ScriptedDialogs;
import org.salestrack.ui.TestWorkspace;
import org.salestrack.ui.Workbench;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An analyst maps an export no profile knows wholly on the Import screen: clicks, double-clicks, F2 and
 * typing on the mapping table, sees the preview follow, saves the profile and imports the file.
 */
@ExtendWith(ApplicationExtension.class)
class ImportScreenFxTest {
    static {
        System.setProperty("headless.geometry", "1600x1200-32");
    }

    /** Headers no shipped or test profile knows; totals 3 units and 6,197.50. */
    private static final String CSV = "成交日,货号,件数,实收,店名\n"
            + "2025-04-01,P50-128-BK,1,2999.00,福田店\n"
            + "2025-04-02,W3-GY,1,99.50,南山店\n"
            + "2025-04-03,P50-128-BK,1,3099.00,福田店\n";

    @TempDir
    Path dir;
    TestWorkspace ws;
    ScriptedDialogs dialogs = new ScriptedDialogs();

    @Start
    void start(Stage stage) throws Exception {
        ws = TestWorkspace.create(dir, false);
        Path file = dir.resolve("门店日报.csv");
        Files.writeString(file, CSV, StandardCharsets.UTF_8);
        dialogs.filesToChoose = List.of(file);
        new Workbench(new OpenedWorkspace("test", ws.explore, ws.pipeline, null, ScreenServices.NONE), Locale.ENGLISH, dialogs).show(stage);
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        org.salestrack.ui.FxWait.until(20, condition);
    }

    private static TableView<MappingRow> mapping(FxRobot robot) { return robot.lookup("#import-mapping").query(); }

    private static MappingRow row(FxRobot robot, String field) {
        return mapping(robot).getItems().stream().filter(r -> r.field().equals(field)).findFirst().orElseThrow();
    }

    /** The cell of {@code field} in column {@code col}, scrolled into view as the user would. */
    private static Node cell(FxRobot robot, String field, int col) throws Exception {
        TableView<MappingRow> t = mapping(robot);
        int index = t.getItems().indexOf(row(robot, field));
        robot.interact(() -> t.scrollTo(Math.max(0, index - 2)));
        waitUntil(() -> findCell(robot, field, col) != null);
        return findCell(robot, field, col);
    }

    private static Node findCell(FxRobot robot, String field, int col) {
        return robot.lookup("#import-mapping .table-cell").match((Node n) -> n instanceof TableCell<?, ?> c && c.isVisible()
                && c.getTableRow() != null && c.getTableRow().getItem() instanceof MappingRow r && r.field().equals(field)
                && c.getTableColumn() == c.getTableView().getColumns().get(col)).tryQuery().orElse(null);
    }

    private static ComboBox<?> openCombo(FxRobot robot) {
        return robot.lookup("#import-mapping-combo").match((Node n) -> n instanceof ComboBox<?> c && c.isShowing()).tryQuery()
                .map(n -> (ComboBox<?>) n).orElse(null);
    }

    private static void pick(FxRobot robot, String column) throws Exception {
        waitUntil(() -> openCombo(robot) != null);
        Node item = robot.lookup(".list-cell").match((Node n) -> n instanceof ListCell<?> c && column.equals(c.getItem()) && c.isVisible())
                .query();
        robot.clickOn(item);
    }

    private static String previewHeader(FxRobot robot, String column) {
        TableView<?> p = robot.lookup("#import-preview").query();
        return p.getColumns().stream().map(c -> c.getText()).filter(t -> t.startsWith(column + "\n")).findFirst().orElse("");
    }

    @Test
    void anUnknownExportIsMappedOnTheScreenSavedAsAProfileAndImported(FxRobot robot) throws Exception {
        robot.clickOn("#nav-import");
        robot.clickOn("#import-choose");
        TableView<?> preview = robot.lookup("#import-preview").query();
        waitUntil(() -> preview.getItems().size() == 3);
        Button run = robot.lookup("#import-run").queryButton();
        assertThat(run.isDisabled()).isTrue();
        assertThat(robot.lookup("#import-required").queryLabeled().getText())
                .isEqualTo("Map these required fields before importing: Sold at (date/time), SKU, Quantity, Amount or Unit price");
        assertThat(previewHeader(robot, "成交日")).isEqualTo("成交日\n→ not used");

        // one click on the column cell opens the combo box; choosing an entry maps the field
        robot.clickOn(cell(robot, "sold_at", 1));
        pick(robot, "成交日");
        waitUntil(() -> "成交日".equals(row(robot, "sold_at").sourceProperty().get()));
        waitUntil(() -> previewHeader(robot, "成交日").equals("成交日\n→ Sold at (date/time)"));
        assertThat(run.isDisabled()).isTrue();

        // a double-click opens it too
        robot.doubleClickOn(cell(robot, "sku", 1));
        pick(robot, "货号");
        waitUntil(() -> "货号".equals(row(robot, "sku").sourceProperty().get()));

        // typing on a selected row starts the edit with what was typed; Enter commits
        robot.clickOn(cell(robot, "qty", 0));
        robot.write("件数");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> "件数".equals(row(robot, "qty").sourceProperty().get()));
        waitUntil(() -> previewHeader(robot, "件数").equals("件数\n→ Quantity"));

        // F2 edits the selected row's column: the editor takes typing over the current text
        robot.clickOn(cell(robot, "channel", 0));
        robot.type(KeyCode.F2);
        waitUntil(() -> openCombo(robot) != null);
        robot.write("=门店");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> "=门店".equals(row(robot, "channel").sourceProperty().get()));
        assertThat(run.isDisabled()).isTrue();
        assertThat(robot.lookup("#import-required").queryLabeled().getText())
                .isEqualTo("Map these required fields before importing: Amount or Unit price");

        robot.clickOn(cell(robot, "amount", 1));
        pick(robot, "实收");
        waitUntil(() -> "实收".equals(row(robot, "amount").sourceProperty().get()));
        waitUntil(() -> !run.isDisabled());
        assertThat(robot.lookup("#import-required").queryLabeled().getText()).isEmpty();
        assertThat(previewHeader(robot, "实收")).isEqualTo("实收\n→ Amount");

        dialogs.textToType = "shenzhen-store-daily";
        robot.clickOn("#import-save-profile");
        Path saved = ImportService.profilesDir(ws.workspace).resolve("shenzhen-store-daily.json");
        waitUntil(() -> Files.exists(saved));
        String json = Files.readString(saved);
        var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        assertThat(tree.get("name").asText()).isEqualTo("shenzhen-store-daily");
        assertThat(tree.get("kind").asText()).isEqualTo("sales");
        var fields = tree.get("fields");
        assertThat(fields.size()).isEqualTo(5);
        assertThat(fields.get("sold_at").asText()).isEqualTo("成交日");
        assertThat(fields.get("sku").asText()).isEqualTo("货号");
        assertThat(fields.get("qty").asText()).isEqualTo("件数");
        assertThat(fields.get("amount").asText()).isEqualTo("实收");
        assertThat(fields.get("channel").get("const").asText()).isEqualTo("门店");

        robot.clickOn("#import-run");
        TableView<?> batches = robot.lookup("#import-batches").query();
        waitUntil(() -> batches.getItems().size() == 1);
        waitUntil(() -> robot.lookup("#import-status").queryLabeled().getText().equals("3 rows stored, 0 files refused"));
        List<SummaryRow> byChannel = new SummaryQuery(ws.workspace).run(List.of("channel"), null, null);
        assertThat(byChannel).hasSize(1);
        assertThat(byChannel.get(0).keys()).containsExactly("门店");
        assertThat(byChannel.get(0).qty()).isEqualTo(3);
        assertThat(byChannel.get(0).amount()).isEqualByComparingTo(new BigDecimal("6197.50"));
    }
}
