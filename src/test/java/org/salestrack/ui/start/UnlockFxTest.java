package org.salestrack.ui.start;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.app.WorkspaceServices;
import org.salestrack.store.Workspace;
import org.salestrack.ui.I18n;
import org.salestrack.ui.UiTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The passphrase of an encrypted workspace as the user gives it: typed into a masked field, a wrong one said and
 * asked again (the file untouched), Enter opens, Cancel goes back to the start page, which offers to try again; and
 * a new workspace created encrypted from the start page, the passphrase typed twice.
 */
@ExtendWith(ApplicationExtension.class)
class UnlockFxTest {
    @TempDir
    Path dir;
    Stage stage;
    final UiTaskExecutor tasks = new UiTaskExecutor("test-open", 1, false);
    final I18n i18n = new I18n(I18n.ENGLISH);

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new Label("…"), 900, 600));
        stage.show();
    }

    private void show(FxRobot robot, Parent root) {
        robot.interact(() -> stage.setScene(new Scene(root, 900, 600)));
    }

    private static void waitUntil(BooleanSupplier c) throws Exception { org.salestrack.ui.FxWait.until(60, c); }

    private Path encryptedWorkspace() {
        Path file = dir.resolve("locked.db");
        try (Workspace w = Workspace.open(file, "open sesame")) {
            return file;
        }
    }

    @Test
    void aWrongPassphraseIsSaidAndAskedAgainThenTheRightOneOpens(FxRobot robot) throws Exception {
        Path file = encryptedWorkspace();
        byte[] bytes = Files.readAllBytes(file);
        FileTime mtime = Files.getLastModifiedTime(file);
        AtomicReference<OpenedWorkspace> ready = new AtomicReference<>();
        UnlockViewModel vm = new UnlockViewModel(file, WorkspaceServices::open, tasks, ready::set, () -> { });
        show(robot, new UnlockView(vm, i18n).root());

        assertThat((Object) robot.lookup("#unlock-passphrase").query()).isInstanceOf(PasswordField.class);
        robot.clickOn("#unlock-open");
        Label problem = robot.lookup("#unlock-problem").queryAs(Label.class);
        assertThat(problem.getText()).isEqualTo("Type the passphrase first.");

        robot.clickOn("#unlock-passphrase").write("open sesame!");
        robot.clickOn("#unlock-open");
        waitUntil(() -> vm.wrongTries() == 1 && !vm.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(problem.getText()).isEqualTo("The passphrase does not open " + file + ". Try again; the file was not changed.");
        assertThat(robot.lookup("#unlock-passphrase").queryAs(PasswordField.class).getText()).isEmpty();
        assertThat(ready.get()).isNull();
        assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(mtime);

        robot.clickOn("#unlock-passphrase").write("open sesame").type(KeyCode.ENTER);
        waitUntil(() -> ready.get() != null);
        assertThat(ready.get().name()).isEqualTo(file.toString());
        assertThat(ready.get().span()).isNull();
    }

    @Test
    void cancelGoesBackToTheStartPageWhichOffersThePassphraseAgain(FxRobot robot) throws Exception {
        Path file = encryptedWorkspace();
        AtomicBoolean cancelled = new AtomicBoolean();
        UnlockViewModel vm = new UnlockViewModel(file, WorkspaceServices::open, tasks, ws -> { }, () -> cancelled.set(true));
        show(robot, new UnlockView(vm, i18n).root());
        robot.clickOn("#unlock-passphrase").write("half typed");
        robot.clickOn("#unlock-cancel");
        assertThat(cancelled).isTrue();
        assertThat(vm.passphraseProperty().get()).isEmpty();

        AtomicBoolean askedAgain = new AtomicBoolean();
        FirstStartViewModel start = new FirstStartViewModel(file, dir.resolve("none.db"), null, WorkspaceServices::open, tasks, ws -> { })
                .locked(() -> askedAgain.set(true));
        show(robot, new FirstStartView(start, i18n).root());
        assertThat(robot.lookup("#start-empty").tryQuery()).isEmpty();
        assertThat(robot.lookup("#start-encrypt").queryAs(javafx.scene.control.CheckBox.class).getParent().isVisible()).isFalse();
        robot.clickOn("#start-unlock");
        assertThat(askedAgain).isTrue();
    }

    @Test
    void aNewWorkspaceIsCreatedEncryptedWhenThePassphraseIsTypedTwiceAlike(FxRobot robot) throws Exception {
        Path file = dir.resolve("new").resolve("workspace.db");
        AtomicReference<OpenedWorkspace> ready = new AtomicReference<>();
        FirstStartViewModel vm = new FirstStartViewModel(file, dir.resolve("none.db"), null, WorkspaceServices::open, tasks, ready::set);
        show(robot, new FirstStartView(vm, i18n).root());
        assertThat(robot.lookup("#start-passphrase").queryAs(PasswordField.class).getParent().isVisible()).isFalse();
        robot.clickOn("#start-encrypt");
        assertThat(robot.lookup("#start-passphrase").queryAs(PasswordField.class).getParent().isVisible()).isTrue();
        robot.clickOn("#start-passphrase").write("dealer 2026");
        robot.clickOn("#start-passphrase-repeat").write("dealer 2025");
        robot.clickOn("#start-empty");
        assertThat(robot.lookup("#start-passphrase-problem").queryAs(Label.class).getText()).isEqualTo("The two passphrases differ.");
        assertThat(file).doesNotExist();

        robot.clickOn("#start-passphrase-repeat").type(KeyCode.BACK_SPACE).write("6");
        robot.clickOn("#start-empty");
        waitUntil(() -> ready.get() != null);
        assertThat(robot.lookup("#start-passphrase-problem").queryAs(Label.class).getText()).isEmpty();
        assertThat(Workspace.encrypted(file)).isTrue();
        assertThat(new String(Files.readAllBytes(file), 0, 15, java.nio.charset.StandardCharsets.ISO_8859_1)).isNotEqualTo("SQLite format 3");
        try (Workspace w = Workspace.open(file, "dealer 2026")) {
            assertThat(w.encrypted()).isTrue();
        }
    }
}
