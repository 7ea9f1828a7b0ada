package org.salestrack.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.salestrack.validate.MassHold;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The mass-hold question as the screen shows it, asked from a worker thread as a run asks it: its buttons say what
 * each answer does, in the workbench's language, and Enter keeps the lines counting (a mis-set parameter is likelier).
 */
@ExtendWith(ApplicationExtension.class)
class MassHoldQuestionFxTest {
    private FxDialogService dialogs;

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 600, 400));
        stage.show();
        dialogs = new FxDialogService(stage);
    }

    private CompletableFuture<Boolean> ask(I18n i18n, MassHold m) {
        dialogs.speak(i18n);
        MassHoldQuestion question = new MassHoldQuestion(dialogs, i18n);
        return CompletableFuture.supplyAsync(() -> question.test(m));
    }

    private static boolean shown(FxRobot robot, String text) {
        return robot.lookup(n -> n instanceof Button b && b.isVisible() && text.equals(b.getText())).tryQuery().isPresent();
    }

    private static String question(FxRobot robot) {
        return robot.lookup(n -> n instanceof Label l && l.getText() != null && l.getText().startsWith("规则")
                || n instanceof Label k && k.getText() != null && k.getText().startsWith("The rule")).queryAs(Label.class).getText();
    }

    @Test
    void keepThemCountingIsTheDefaultAndSaysWhatItDoes(FxRobot robot) throws Exception {
        CompletableFuture<Boolean> first = ask(new I18n(I18n.CHINESE), new MassHold("diversion", 550_000, 10_000_000, true));
        FxWait.until(20, () -> shown(robot, "继续计入"));
        assertThat(shown(robot, "暂扣这些行")).isTrue();
        assertThat(shown(robot, "确定")).isFalse();
        assertThat(question(robot)).startsWith("规则“跨区窜货”尚在运行，已在 10,000,000 行中标出 550,000 行待暂扣（5.5%）");
        robot.type(KeyCode.ENTER);
        assertThat(first.get(20, TimeUnit.SECONDS)).as("Enter keeps the lines counting").isFalse();

        CompletableFuture<Boolean> second = ask(new I18n(I18n.ENGLISH), new MassHold("diversion", 5_290_374, 10_000_000));
        FxWait.until(20, () -> shown(robot, "Hold them"));
        assertThat(question(robot)).startsWith("The rule \"Cross-region diversion\" would hold 5,290,374 of 10,000,000 lines (52.9%)");
        robot.clickOn((Button) robot.lookup(n -> n instanceof Button b && "Hold them".equals(b.getText())).query());
        assertThat(second.get(20, TimeUnit.SECONDS)).isTrue();
    }
}
