package org.salestrack.bench;

import org.salestrack.ui.ScreenServices;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.salestrack.app.WorkspaceServices;
import org.salestrack.task.BackgroundTask;
import org.salestrack.ui.UiTaskExecutor;
import org.salestrack.ui.Workbench;
import org.salestrack.ui.start.OpenedWorkspace;

/**
 * Time to first paint of the workbench on a workspace, headless: from JVM start to the first frame of the
 * window, and to the first frame with the dashboard's figures in it. Mirrors WorkbenchApp: the window
 * paints before the workspace is opened in the background.
 */
public final class FirstPaintBench {
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        AtomicLong windowFrame = new AtomicLong();
        AtomicLong figuresFrame = new AtomicLong();
        CountDownLatch done = new CountDownLatch(1);
        UiTaskExecutor startup = new UiTaskExecutor("startup", 1, false);
        Platform.runLater(() -> {
            Stage stage = new Stage();
            stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(new Label("SalesTrack")), 1480, 940));
            stage.show();
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    if (windowFrame.get() == 0) windowFrame.set(System.currentTimeMillis());
                    if (stage.getScene().lookup("#kpi-units-value") instanceof Label l && !l.getText().equals("–")) {
                        figuresFrame.set(System.currentTimeMillis());
                        stop();
                        done.countDown();
                    }
                }
            }.start();
            startup.execute(new BackgroundTask<OpenedWorkspace>("open") {
                @Override
                public OpenedWorkspace call() { return WorkspaceServices.open(file, BenchSupport.passphrase()); }
            }, ws -> new Workbench(new OpenedWorkspace(ws.name(), ws.explore(), ws.imports(), ws.span(), ScreenServices.NONE), Locale.ENGLISH, new org.salestrack.ui.FxDialogService(stage)).show(stage),
                    e -> done.countDown());
        });
        if (!done.await(120, TimeUnit.SECONDS)) System.out.println("dashboard did not show figures within 120 s");
        System.out.printf(Locale.ROOT, "first paint: window %d ms after JVM start; dashboard with figures %d ms after JVM start%n",
                windowFrame.get() - jvmStart, figuresFrame.get() - jvmStart);
        Platform.exit();
        System.exit(0);
    }
}
