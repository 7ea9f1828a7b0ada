package org.salestrack.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.salestrack.model.Message;
import org.salestrack.task.BackgroundTask;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The status bar words a task's progress in the workbench's language when the work gives it as words (a validation's
 * "checked 1,040,384 of 10,000,000 lines" showed in English on a Chinese screen), and follows a switch while it runs;
 * plain text stays as given.
 */
@ExtendWith(ApplicationExtension.class)
class StatusBarWordsFxTest {
    private final I18n i18n = new I18n(I18n.CHINESE);
    private final UiTaskExecutor tasks = new UiTaskExecutor("test-status-words", 1, true);

    @Start
    void start(Stage stage) {
        BorderPane shell = new BorderPane();
        shell.setBottom(new StatusBar(tasks, i18n, "w.db"));
        stage.setScene(new Scene(shell, 900, 200));
        stage.show();
    }

    private static String shown(FxRobot robot) { return robot.lookup("#status-task").queryAs(Labeled.class).getText(); }

    @Test
    void aWordedMessageFollowsTheLanguageAndPlainTextStaysAsGiven(FxRobot robot) throws Exception {
        CountDownLatch worded = new CountDownLatch(1);
        CountDownLatch plain = new CountDownLatch(1);
        CountDownLatch end = new CountDownLatch(1);
        BackgroundTask<Void> validating = new BackgroundTask<>("validate") {
            @Override
            public Void call() throws Exception {
                progress().progress(1_040_384, 10_000_000, Message.of("progress.validate.checked", "1,040,384", "10,000,000"));
                worded.countDown();
                plain.await(20, TimeUnit.SECONDS);
                progress().progress(2, 3, "z.csv: 120 rows");
                end.await(20, TimeUnit.SECONDS);
                return null;
            }
        };
        robot.interact(() -> tasks.execute(validating, v -> { }, e -> { }));
        assertThat(worded.await(20, TimeUnit.SECONDS)).isTrue();
        FxWait.until(10, () -> shown(robot).equals("正在校验工作区 · 已检查 1,040,384 / 10,000,000 行"));
        robot.interact(() -> i18n.localeProperty().set(I18n.ENGLISH));
        FxWait.until(10, () -> shown(robot).equals("Validating the workspace · checked 1,040,384 of 10,000,000 lines"));
        double barAt = robot.lookup(".status-bar .progress-bar").query().localToScene(0, 0).getX();
        plain.countDown();
        FxWait.until(10, () -> shown(robot).equals("Validating the workspace · z.csv: 120 rows"));
        assertThat(robot.lookup(".status-bar .progress-bar").query().localToScene(0, 0).getX())
                .as("the bar stays where it was when the message gets shorter").isEqualTo(barAt);
        end.countDown();
        FxWait.until(10, () -> shown(robot).equals("Ready"));
    }
}
