package org.salestrack.ui.shots;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Slider;
import javafx.scene.control.TableView;
import javafx.scene.control.CheckBox;
import javafx.stage.Stage;
import org.salestrack.analytics.explore.DatePreset;
import org.salestrack.app.WorkspaceServices;
import org.salestrack.ui.I18n;
import org.salestrack.ui.Workbench;
import org.salestrack.ui.start.OpenedWorkspace;

/**
 * Screenshots of the forecast, data quality and reports screens, English and Chinese, as JavaFX
 * snapshots of the real window (run under Xvfb). Usage: ScreenShotsForecastQualityReports WORKSPACE OUTDIR
 */
public final class ScreenShotsForecastQualityReports {
    public static void main(String[] args) throws Exception {
        Path ws = Path.of(args[0]);
        Path out = Files.createDirectories(Path.of(args[1]));
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
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
            wb[0].window().show("forecast");
        });
        waitFor(() -> node(stage[0], "#forecast-models") instanceof TableView<?> t && t.getItems().size() == 5);
        fx(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<Object> series = (ComboBox<Object>) stage[0].getScene().lookup("#forecast-series");
            series.getItems().stream().filter(s -> ((org.salestrack.forecast.service.SeriesHistory) s).id().startsWith("广东")).findFirst().ifPresent(series::setValue);
        });
        Thread.sleep(1000);
        waitFor(() -> node(stage[0], "#forecast-models") instanceof TableView<?> t && t.getItems().size() == 5);
        fx(() -> {
            ((Slider) stage[0].getScene().lookup("#scenario-price")).setValue(-5);
            ((CheckBox) stage[0].getScene().lookup("#scenario-promo")).setSelected(true);
        });
        Thread.sleep(2500);
        shot(stage[0], out.resolve("forecast-en.png"));
        fx(() -> wb[0].i18n().localeProperty().set(I18n.CHINESE));
        Thread.sleep(2000);
        shot(stage[0], out.resolve("forecast-zh.png"));

        fx(() -> {
            wb[0].i18n().localeProperty().set(Locale.ENGLISH);
            wb[0].window().show("quality");
        });
        waitFor(() -> node(stage[0], "#quality-issues") instanceof TableView<?> t && !t.getItems().isEmpty());
        fx(() -> ((TableView<?>) stage[0].getScene().lookup("#quality-issues")).getSelectionModel().select(0));
        Thread.sleep(2500);
        shot(stage[0], out.resolve("quality-en.png"));
        fx(() -> wb[0].i18n().localeProperty().set(I18n.CHINESE));
        Thread.sleep(2000);
        shot(stage[0], out.resolve("quality-zh.png"));

        fx(() -> {
            wb[0].i18n().localeProperty().set(Locale.ENGLISH);
            wb[0].window().show("reports");
        });
        Thread.sleep(2500);
        shot(stage[0], out.resolve("reports-en.png"));
        fx(() -> wb[0].i18n().localeProperty().set(I18n.CHINESE));
        Thread.sleep(2000);
        shot(stage[0], out.resolve("reports-zh.png"));
        Platform.exit();
        System.exit(0);
    }

    /** Looks a node up from a worker thread (never call it inside {@link #fx}: it would wait on itself). */
    private static Node node(Stage s, String id) {
        Node[] n = new Node[1];
        try {
            fx(() -> n[0] = s.getScene() == null ? null : s.getScene().lookup(id));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return n[0];
    }

    private static void fx(Runnable r) throws InterruptedException {
        ShotSupport.fx(r);
    }

    private static void waitFor(BooleanSupplier c) throws InterruptedException {
        ShotSupport.waitFor(c, 180_000, 300);
    }

    private static void shot(Stage s, Path file) throws Exception {
        ShotSupport.shot(s, file);
    }
}
