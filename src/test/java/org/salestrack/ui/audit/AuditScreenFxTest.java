package org.salestrack.ui.audit;

import org.salestrack.ui.start.OpenedWorkspace;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.model.AuditEntry;
import org.salestrack.store.AuditLog;
import org.salestrack.ui.ScreenServices;
import org.salestrack.ui.ScriptedDialogs;
import org.salestrack.ui.TestWorkspace;
import org.salestrack.ui.Workbench;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An auditor opens the Audit screen: every entry is listed newest first with its user and version; picking an
 * action, a user or days narrows the list to exactly the matching entries; the chain is said to hold until a
 * row is edited with plain SQL, then Verify names that row; Export writes the shown entries as CSV and the
 * export itself appears in the log.
 */
@ExtendWith(ApplicationExtension.class)
class AuditScreenFxTest {
    static {
        System.setProperty("headless.geometry", "1600x1200-32");
    }

    @TempDir
    Path dir;
    TestWorkspace t;
    final ScriptedDialogs dialogs = new ScriptedDialogs();

    @Start
    void start(Stage stage) throws Exception {
        t = TestWorkspace.create(dir, true);
        String me = System.getProperty("user.name");
        try {
            System.setProperty("user.name", "li.na");
            new AuditLog(t.workspace).record("rule-change", "rule negative-qty", "on -> off");
        } finally {
            System.setProperty("user.name", me);
        }
        ScreenServices services = org.salestrack.app.WorkspaceServices.screens(t.workspace, "test",
                org.salestrack.validate.ValidationService.of(t.workspace));
        new Workbench(new OpenedWorkspace("test", t.explore, t.pipeline, t.explore.span().orElseThrow(), services), Locale.ENGLISH, dialogs).show(stage);
    }

    private static void waitUntil(BooleanSupplier c) throws Exception { org.salestrack.ui.FxWait.until(30, c); }

    private long count(String where) {
        try (Connection c = t.workspace.connect(); ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM audit_log" + where)) {
            return rs.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void pick(FxRobot robot, String comboId, String text) throws Exception {
        robot.clickOn(comboId);
        java.util.function.Supplier<java.util.Optional<Node>> cell = () -> robot.lookup(".list-cell")
                .match((Node n) -> n instanceof ListCell<?> c && c.isVisible() && c.getScene() != robot.lookup(comboId).query().getScene()
                        && text.equals(c.getText())).tryQuery();
        waitUntil(() -> cell.get().isPresent());
        robot.clickOn(cell.get().orElseThrow());
    }

    @Test
    void filtersNarrowTheListVerifyNamesAnEditedRowAndExportWritesWhatIsShown(FxRobot robot) throws Exception {
        // a table export elsewhere in the workbench is audited too
        Path explorerCsv = dir.resolve("explorer.csv");
        dialogs.saveTo = explorerCsv;
        robot.clickOn("#nav-explore");
        robot.clickOn("#explorer-export");
        waitUntil(() -> count(" WHERE action = 'export'") == 1);
        assertThat(Files.readString(explorerCsv, StandardCharsets.UTF_8)).startsWith("\uFEFF");
        List<String> exported = Files.readAllLines(explorerCsv, StandardCharsets.UTF_8);
        long written = exported.size() - 1;
        // the rows named as the grid names them: in English, East China, not the stored 华东
        List<String> names = exported.subList(1, exported.size()).stream().map(l -> l.substring(0, l.indexOf(','))).toList();
        assertThat(names).contains("East China", "Total").noneMatch(n -> n.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));

        robot.clickOn("#nav-audit");
        TableView<AuditEntry> table = robot.lookup("#audit-table").queryTableView();
        long all = count("");
        waitUntil(() -> table.getItems().size() == all);
        assertThat(all).isEqualTo(3);
        assertThat(table.getItems().get(0).action()).isEqualTo("export");
        assertThat(table.getItems().get(0).subject()).isEqualTo(explorerCsv.toAbsolutePath().toString());
        assertThat(table.getItems().get(0).detail()).isEqualTo("table explorer, " + written + " rows");
        assertThat(table.getItems().get(1).action()).isEqualTo("rule-change");
        assertThat(table.getItems().get(1).who()).isEqualTo("li.na");
        assertThat(table.getItems().get(1).version()).isEqualTo(org.salestrack.model.AppVersion.NUMBER);
        Label verdict = robot.lookup("#audit-verdict").queryAs(Label.class);
        waitUntil(() -> verdict.getText().startsWith("Chain intact: " + all + " entries checked"));

        pick(robot, "#audit-action", "Import");
        long imports = count(" WHERE action = 'import'");
        waitUntil(() -> table.getItems().size() == imports && table.getItems().stream().allMatch(e -> e.action().equals("import")));
        assertThat(imports).isEqualTo(1);

        pick(robot, "#audit-action", "All");
        pick(robot, "#audit-who", "li.na");
        waitUntil(() -> table.getItems().size() == 1 && table.getItems().get(0).subject().equals("rule negative-qty"));

        pick(robot, "#audit-who", "All");
        waitUntil(() -> table.getItems().size() == all);
        DatePicker from = robot.lookup("#audit-from").queryAs(DatePicker.class);
        robot.clickOn(from.getEditor()).write(from.getConverter().toString(LocalDate.now().plusDays(1))).type(KeyCode.ENTER);
        waitUntil(() -> table.getItems().isEmpty());
        robot.doubleClickOn(from.getEditor()).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write(from.getConverter().toString(LocalDate.now())).type(KeyCode.ENTER);
        waitUntil(() -> table.getItems().size() == all);
        robot.clickOn("#audit-clear");
        waitUntil(() -> from.getValue() == null && table.getItems().size() == all);

        // someone edits the import entry around the app
        long edited = table.getItems().stream().filter(e -> e.action().equals("import")).findFirst().orElseThrow().id();
        try (Connection c = t.workspace.connect(); Statement s = c.createStatement()) {
            s.execute("DROP TRIGGER audit_log_no_update");
            s.executeUpdate("UPDATE audit_log SET detail = 'sales: 0 stored' WHERE id = " + edited);
        }
        robot.clickOn("#audit-verify");
        waitUntil(() -> verdict.getText().startsWith("Chain broken at entry " + edited + " ("));
        assertThat(verdict.getText()).endsWith("its content was changed after it was written.");

        Path out = dir.resolve("audit.csv");
        dialogs.saveTo = out;
        robot.clickOn("#audit-export");
        waitUntil(() -> Files.exists(out) && table.getItems().size() == all + 1);
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("\uFEFF#,When,User,Version,Action,Subject,Detail,Hash");
        assertThat(lines).hasSize((int) all + 1);
        assertThat(lines.get(1)).startsWith(all + ",").contains(",export," + explorerCsv.toAbsolutePath() + ",\"table explorer, " + written + " rows\",");
        assertThat(lines.get(2)).startsWith((all - 1) + ",").contains(",li.na," + org.salestrack.model.AppVersion.NUMBER + ",rule-change,rule negative-qty,on -> off,");
        AuditEntry export = table.getItems().get(0);
        assertThat(export.action()).isEqualTo("export");
        assertThat(export.subject()).isEqualTo(out.toAbsolutePath().toString());
        assertThat(export.detail()).isEqualTo("audit log, " + all + " entries");
    }

    @Test
    void theWorkspaceMenuBacksUpTheOpenWorkspaceAndTheBackupIsAudited(FxRobot robot) throws Exception {
        Path out = dir.resolve("menu-backup.db");
        dialogs.saveTo = out;
        robot.clickOn("#workspace-menu");
        robot.clickOn("Back up the workspace…");
        waitUntil(() -> count(" WHERE action = 'export' AND detail LIKE 'workspace backup, %'") == 1);
        assertThat(dialogs.errors).isEmpty();
        try (Connection copy = java.sql.DriverManager.getConnection("jdbc:sqlite:" + out);
             Connection orig = t.workspace.connect();
             ResultSet a = copy.createStatement().executeQuery("SELECT COUNT(*), SUM(amount_e4) FROM sale");
             ResultSet b = orig.createStatement().executeQuery("SELECT COUNT(*), SUM(amount_e4) FROM sale")) {
            assertThat(a.getLong(1)).isEqualTo(b.getLong(1)).isPositive();
            assertThat(a.getLong(2)).isEqualTo(b.getLong(2));
        }
        robot.clickOn("#nav-audit");
        TableView<AuditEntry> table = robot.lookup("#audit-table").queryTableView();
        waitUntil(() -> !table.getItems().isEmpty() && out.toAbsolutePath().toString().equals(table.getItems().get(0).subject()));
        assertThat(table.getItems().get(0).detail()).isEqualTo("workspace backup, " + Files.size(out) + " bytes");
    }
}
