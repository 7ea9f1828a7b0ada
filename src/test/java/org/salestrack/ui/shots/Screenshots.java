package org.salestrack.ui.shots;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;
import org.salestrack.analytics.explore.DatePreset;
import org.salestrack.app.WorkspaceServices;
import org.salestrack.model.Dimension;
import org.salestrack.ui.I18n;
import org.salestrack.ui.Workbench;
import org.salestrack.ui.start.OpenedWorkspace;

/**
 * Takes the README screenshots: dashboard and explorer, English and Chinese, as JavaFX snapshots of the
 * real window (run under Xvfb). Usage: Screenshots WORKSPACE OUTDIR [PROVINCE_CODE_TO_DRILL]
 */
public final class Screenshots {
    public static void main(String[] args) throws Exception {
        Path ws = Path.of(args[0]);
        Path out = Files.createDirectories(Path.of(args[1]));
        String drillProvince = args.length > 2 ? args[2] : null;
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        OpenedWorkspace built = WorkspaceServices.open(ws);
        built.explore().refresh(org.salestrack.task.Cancellation.none());
        OpenedWorkspace opened = WorkspaceServices.open(ws);
        Workbench[] wb = new Workbench[1];
        Stage[] stage = new Stage[1];
        fx(() -> {
            stage[0] = new Stage();
            wb[0] = new Workbench(opened, Locale.ENGLISH, new org.salestrack.ui.FxDialogService(stage[0]));
            wb[0].show(stage[0]);
            stage[0].setWidth(1600);
            stage[0].setHeight(1000);
            wb[0].state().applyPreset(DatePreset.LAST_12_MONTHS);
        });
        waitFor(() -> lookupText(stage[0], "#kpi-units-value").length() > 1);
        Thread.sleep(2500);
        shot(stage[0], out.resolve("dashboard-en.png"));
        fx(() -> wb[0].i18n().localeProperty().set(I18n.CHINESE));
        Thread.sleep(2500);
        shot(stage[0], out.resolve("dashboard-zh.png"));
        fx(() -> {
            wb[0].i18n().localeProperty().set(Locale.ENGLISH);
            wb[0].window().show("explore");
        });
        if (drillProvince != null) {
            String region = org.salestrack.model.Provinces.get().byCode(drillProvince).orElseThrow().salesRegion();
            fx(() -> wb[0].state().drill(Dimension.REGION, region, region));
        }
        waitFor(() -> stage[0].getScene().lookup("#explorer-table") instanceof TreeTableView<?> t && t.getRoot() != null
                && !t.getRoot().getChildren().isEmpty());
        Thread.sleep(2500);
        fx(() -> {
            TreeTableView<?> t = (TreeTableView<?>) stage[0].getScene().lookup("#explorer-table");
            t.getSelectionModel().select(0);
        });
        Thread.sleep(1000);
        shot(stage[0], out.resolve("explorer-en.png"));
        fx(() -> wb[0].i18n().localeProperty().set(I18n.CHINESE));
        Thread.sleep(2500);
        shot(stage[0], out.resolve("explorer-zh.png"));
        fx(() -> ((javafx.scene.control.TextField) stage[0].getScene().lookup("#explorer-search")).setText("深圳"));
        Thread.sleep(2000);
        shot(stage[0], out.resolve("explorer-search-zh.png"));
        fx(() -> ((javafx.scene.control.TextField) stage[0].getScene().lookup("#explorer-search")).setText(""));
        fx(() -> {
            wb[0].i18n().localeProperty().set(Locale.ENGLISH);
            wb[0].window().show("import");
        });
        Thread.sleep(2000);
        shot(stage[0], out.resolve("import-en.png"));
        Platform.exit();
        System.exit(0);
    }

    private static String lookupText(Stage s, String id) {
        CountDownLatch l = new CountDownLatch(1);
        String[] t = {""};
        Platform.runLater(() -> {
            if (s.getScene() != null && s.getScene().lookup(id) instanceof Label label) t[0] = label.getText();
            l.countDown();
        });
        try {
            l.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return t[0];
    }

    private static void fx(Runnable r) throws InterruptedException {
        ShotSupport.fx(r);
    }

    private static void waitFor(BooleanSupplier c) throws InterruptedException {
        ShotSupport.waitFor(c, 120_000, 200);
    }

    private static void shot(Stage s, Path file) throws Exception {
        ShotSupport.shot(s, file);
    }
}
