package org.salestrack.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A dialog's own buttons speak the workbench's language, and follow it when the user switches: JavaFX words them in
 * the JVM's language, so a Chinese workbench on an English system showed "OK" and "Cancel".
 */
@ExtendWith(ApplicationExtension.class)
class DialogButtonsFxTest {
    private FxDialogService dialogs;

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
        dialogs = new FxDialogService(stage);
    }

    private CompletableFuture<Boolean> ask() {
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(dialogs.confirm("t", "Hold the lines?")));
        return answer;
    }

    private static boolean shown(FxRobot robot, String text) {
        return robot.lookup(n -> n instanceof Button b && b.isVisible() && text.equals(b.getText())).tryQuery().isPresent();
    }

    @Test
    void okAndCancelAreInTheWorkbenchsLanguageAndFollowASwitch(FxRobot robot) throws Exception {
        I18n i18n = new I18n(I18n.CHINESE);
        dialogs.speak(i18n);
        CompletableFuture<Boolean> first = ask();
        FxWait.until(20, () -> shown(robot, "取消"));
        assertThat(shown(robot, "确定")).isTrue();
        assertThat(shown(robot, "OK")).isFalse();
        robot.clickOn((Button) robot.lookup(n -> n instanceof Button b && "取消".equals(b.getText())).query());
        assertThat(first.get(20, java.util.concurrent.TimeUnit.SECONDS)).isFalse();

        robot.interact(() -> i18n.localeProperty().set(I18n.ENGLISH));
        CompletableFuture<Boolean> second = ask();
        FxWait.until(20, () -> shown(robot, "OK"));
        assertThat(shown(robot, "Cancel")).isTrue();
        robot.clickOn((Button) robot.lookup(n -> n instanceof Button b && "OK".equals(b.getText())).query());
        assertThat(second.get(20, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    }
}
