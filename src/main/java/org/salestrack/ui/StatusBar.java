package org.salestrack.ui;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.salestrack.task.BackgroundTask;

/**
 * The bottom bar: the running background task with its progress, message and Cancel, and the workspace
 * file. Progress is sampled ten times a second rather than pushed per row.
 */
public final class StatusBar extends HBox {
    private static final double TASK_WIDTH = 460;
    private final UiTaskExecutor tasks;
    private final I18n i18n;
    private final Label task = new Label();
    private final ProgressBar bar = new ProgressBar();
    private final Button cancel = new Button();
    private final Timeline sampler = new Timeline(new KeyFrame(Duration.millis(100), e -> sample()));
    private final ListChangeListener<BackgroundTask<?>> onTasks = c -> sample();

    public StatusBar(UiTaskExecutor tasks, I18n i18n, String workspace) {
        super(10);
        this.tasks = tasks;
        this.i18n = i18n;
        setId("status-bar");
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        Label ready = new Label();
        ready.textProperty().bind(i18n.bind("status.workspace", workspace));
        task.setId("status-task");
        // a width of its own, so the bar beside it stays put while the message's length changes (it jumped with each step)
        task.setMinWidth(TASK_WIDTH);
        task.setPrefWidth(TASK_WIDTH);
        task.setMaxWidth(TASK_WIDTH);
        bar.setPrefWidth(180);
        cancel.setId("status-cancel");
        cancel.textProperty().bind(i18n.bind("status.cancel"));
        cancel.setOnAction(e -> {
            if (!tasks.running().isEmpty()) tasks.running().get(0).cancel();
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(task, bar, cancel, spacer, ready);
        tasks.running().addListener(onTasks);
        sampler.setCycleCount(Timeline.INDEFINITE);
        sampler.play();
        sample();
    }

    private void sample() {
        boolean busy = !tasks.running().isEmpty();
        bar.setVisible(busy);
        cancel.setVisible(busy);
        if (!busy) {
            task.setText(i18n.get("status.ready"));
            return;
        }
        BackgroundTask<?> t = tasks.running().get(0);
        String title = i18n.has("task." + t.title()) ? i18n.get("task." + t.title()) : t.title();
        org.salestrack.model.Message worded = t.wordedMessage();
        String detail = worded != null ? i18n.get(worded, t.message()) : t.message();
        task.setText(detail.isEmpty() ? title : title + " · " + detail);
        bar.setProgress(t.fraction() < 0 ? ProgressBar.INDETERMINATE_PROGRESS : t.fraction());
        cancel.setDisable(t.cancellation().isCancelled());
    }

    public void close() {
        sampler.stop();
        tasks.running().removeListener(onTasks);
    }
}
