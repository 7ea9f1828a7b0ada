package org.salestrack.ui.audit;

import org.salestrack.ui.start.OpenedWorkspace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.store.Workspace;
import org.salestrack.store.WorkspaceRefusedException;
import org.salestrack.ui.DialogService;
import org.salestrack.ui.FxDialogService;
import org.salestrack.ui.ScreenServices;
import org.salestrack.ui.ScriptedDialogs;
import org.salestrack.ui.TestWorkspace;
import org.salestrack.ui.Workbench;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The workspace menu encrypts the open workspace, changes its passphrase and decrypts it, the passphrase typed twice
 * into the real masked dialog; the screens keep working on the rewritten file and each change is audited.
 */
@ExtendWith(ApplicationExtension.class)
class WorkspaceEncryptionFxTest {
    static {
        System.setProperty("headless.geometry", "1600x1200-32");
    }

    @TempDir
    Path dir;
    TestWorkspace t;
    final ScriptedDialogs scripted = new ScriptedDialogs();

    /** The real passphrase dialog; everything else answered by the script. */
    private static DialogService dialogs(ScriptedDialogs scripted, Stage stage) {
        FxDialogService fx = new FxDialogService(stage);
        return new DialogService() {
            @Override public void showError(String title, String message) { scripted.showError(title, message); }
            @Override public void showInfo(String title, String message) { scripted.showInfo(title, message); }
            @Override public List<Path> chooseFiles(String title) { return scripted.chooseFiles(title); }
            @Override public Optional<Path> chooseSaveFile(String title, String name) { return scripted.chooseSaveFile(title, name); }
            @Override public Optional<String> askText(String title, String prompt, String initial) { return scripted.askText(title, prompt, initial); }
            @Override public boolean confirm(String title, String message) { return scripted.confirm(title, message); }
            @Override public Optional<String> askNewPassphrase(NewPassphrase words) { return fx.askNewPassphrase(words); }
        };
    }

    @Start
    void start(Stage stage) throws Exception {
        t = TestWorkspace.create(dir, true);
        ScreenServices services = org.salestrack.app.WorkspaceServices.screens(t.workspace, "test",
                org.salestrack.validate.ValidationService.of(t.workspace));
        new Workbench(new OpenedWorkspace("test", t.explore, t.pipeline, t.explore.span().orElseThrow(), services), Locale.ENGLISH, dialogs(scripted, stage)).show(stage);
    }

    private static void waitUntil(BooleanSupplier c) throws Exception { org.salestrack.ui.FxWait.until(60, c); }

    private long audited(String action) {
        try (Connection c = t.workspace.connect(); ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM audit_log WHERE action = '" + action + "'")) {
            return rs.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Opens the file with {@code passphrase} and closes it again: a second workspace left open on the file would keep
     * a connection on the old file across the next rewrite, sharing its WAL with the new one (SQLITE_BUSY in CI).
     */
    private static void opensWith(Path file, String passphrase) {
        try (Workspace w = Workspace.open(file, passphrase)) {
            assertThat(w.encrypted()).isTrue();
        }
    }

    private void typeTwice(FxRobot robot, String first, String second) {
        robot.clickOn("#new-passphrase").write(first);
        robot.clickOn("#new-passphrase-repeat").write(second);
    }

    private Button ok(FxRobot robot) {
        return robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream().filter(b -> b.getText().equals("OK")).findFirst().orElseThrow();
    }

    @Test
    void theMenuEncryptsChangesThePassphraseAndDecryptsTheOpenWorkspace(FxRobot robot) throws Exception {
        Path file = t.workspace.file();
        long rows = t.explore.totals(t.explore.span().orElseThrow()).rows();
        assertThat(rows).isPositive();

        robot.clickOn("#workspace-menu");
        assertThat(robot.lookup("#workspace-menu").queryAs(javafx.scene.control.MenuButton.class).getItems().stream()
                .filter(javafx.scene.control.MenuItem::isVisible).map(javafx.scene.control.MenuItem::getId)).containsExactly("workspace-backup", "workspace-encrypt");
        robot.clickOn("Encrypt the workspace…");
        assertThat((Object) robot.lookup("#new-passphrase").query()).isInstanceOf(PasswordField.class);
        typeTwice(robot, "north 1", "north 2");
        Node mismatch = robot.lookup("#new-passphrase-mismatch").query();
        assertThat(mismatch.isVisible()).isTrue();
        assertThat(((Label) mismatch).getText()).isEqualTo("The two passphrases differ.");
        assertThat(ok(robot).isDisabled()).isTrue();
        robot.clickOn("#new-passphrase-repeat").type(javafx.scene.input.KeyCode.BACK_SPACE).write("1");
        assertThat(mismatch.isVisible()).isFalse();
        robot.clickOn(ok(robot));
        waitUntil(() -> Workspace.encrypted(file) && audited("encrypt") == 1);
        assertThat(scripted.errors).isEmpty();
        assertThat(t.explore.totals(t.explore.span().orElseThrow()).rows()).isEqualTo(rows);
        opensWith(file, "north 1");

        robot.clickOn("#workspace-menu");
        javafx.scene.control.MenuButton menu = robot.lookup("#workspace-menu").queryAs(javafx.scene.control.MenuButton.class);
        assertThat(menu.getItems().stream().filter(javafx.scene.control.MenuItem::isVisible).map(javafx.scene.control.MenuItem::getId))
                .containsExactly("workspace-backup", "workspace-passphrase", "workspace-decrypt");
        robot.clickOn("Change the passphrase…");
        typeTwice(robot, "south", "south");
        robot.clickOn(ok(robot));
        waitUntil(() -> audited("rekey") == 1);
        assertThatThrownBy(() -> Workspace.open(file, "north 1")).isInstanceOf(WorkspaceRefusedException.class)
                .hasMessageContaining("the passphrase does not open");
        opensWith(file, "south");
        assertThat(t.explore.totals(t.explore.span().orElseThrow()).rows()).isEqualTo(rows);

        robot.clickOn("#workspace-menu");
        robot.clickOn("Decrypt the workspace…");
        waitUntil(() -> !Workspace.encrypted(file) && audited("decrypt") == 1);
        assertThat(scripted.confirmations).hasSize(1);
        assertThat(scripted.errors).isEmpty();
        assertThat(t.explore.totals(t.explore.span().orElseThrow()).rows()).isEqualTo(rows);

        // the audit screen names the three changes in the reader's language
        robot.clickOn("#nav-audit");
        javafx.scene.control.TableView<org.salestrack.model.AuditEntry> table = robot.lookup("#audit-table").queryTableView();
        waitUntil(() -> table.getItems().size() >= 3 && "decrypt".equals(table.getItems().get(0).action()));
        org.salestrack.ui.I18n zh = new org.salestrack.ui.I18n(org.salestrack.ui.I18n.CHINESE);
        assertThat(table.getItems().subList(0, 3).stream().map(e -> AuditText.detail(zh, e)))
                .containsExactly("已解密：文件此后为未加密的 SQLite", "口令已修改（sqlcipher，AES-256，新盐值）", "已加密（sqlcipher，AES-256）");
    }
}
