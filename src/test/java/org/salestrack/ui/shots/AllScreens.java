package org.salestrack.ui.shots;

import static org.salestrack.ui.shots.ShotSupport.fx;
import static org.salestrack.ui.shots.ShotSupport.shot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.salestrack.analytics.explore.DatePreset;
import org.salestrack.app.WorkspaceServices;
import org.salestrack.ui.I18n;
import org.salestrack.ui.ScreenEntry;
import org.salestrack.ui.Screens;
import org.salestrack.ui.Workbench;
import org.salestrack.ui.start.OpenedWorkspace;

/**
 * A look at every screen of the navigation, in English and Chinese, at 1280x720 and 1600x1000: snapshots
 * of the real window (run under Xvfb), named SCREEN-LANG-WIDTH.png. What a person walking the app would
 * see first on each screen; the README takes its pictures from here.
 * Usage: AllScreens WORKSPACE OUTDIR [SCREEN_ID ...]
 */
public final class AllScreens {
    public static void main(String[] args) throws Exception {
        Path ws = Path.of(args[0]);
        Path out = Files.createDirectories(Path.of(args[1]));
        List<String> only = List.of(args).subList(2, args.length);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        OpenedWorkspace opened = WorkspaceServices.open(ws);
        opened.explore().refresh(org.salestrack.task.Cancellation.none());
        Workbench[] wb = new Workbench[1];
        Stage[] stage = new Stage[1];
        fx(() -> {
            stage[0] = new Stage();
            wb[0] = new Workbench(opened, Locale.ENGLISH, new org.salestrack.ui.FxDialogService(stage[0]));
            wb[0].show(stage[0]);
            wb[0].state().applyPreset(DatePreset.LAST_12_MONTHS);
        });
        Thread.sleep(4000);
        for (int[] size : new int[][] {{1280, 720}, {1600, 1000}}) {
            fx(() -> {
                stage[0].setWidth(size[0]);
                stage[0].setHeight(size[1]);
            });
            for (Locale locale : List.of(Locale.ENGLISH, I18n.CHINESE)) {
                fx(() -> wb[0].i18n().localeProperty().set(locale));
                for (ScreenEntry e : Screens.all()) {
                    if (!only.isEmpty() && !only.contains(e.id())) continue;
                    fx(() -> wb[0].window().show(e.id()));
                    // long enough for a screen's first load on the sample workspace
                    Thread.sleep(Long.getLong("shots.wait", 6000));
                    shot(stage[0], out.resolve(e.id() + "-" + (locale == Locale.ENGLISH ? "en" : "zh") + "-" + size[0] + ".png"));
                }
            }
        }
        Platform.exit();
        System.exit(0);
    }
}
