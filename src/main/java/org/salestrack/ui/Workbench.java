package org.salestrack.ui;

import java.time.LocalDate;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.salestrack.analytics.explore.ExploreService;
import org.salestrack.pipeline.ImportPipeline;
import org.salestrack.model.cube.Slice;
import org.salestrack.task.BackgroundTask;
import org.salestrack.ui.start.OpenedWorkspace;

/**
 * Wires one open workspace into a window: state, executors, dialogs, the main window, and what happens
 * after data changes (rollups refreshed in the background, presets re-anchored, pickers reloaded).
 */
public final class Workbench {
    private final UiTaskExecutor tasks = new UiTaskExecutor("task", 1, true);
    private final UiTaskExecutor queries = new UiTaskExecutor("query", 2, false);
    private final RequestScheduler requests = new RequestScheduler();
    private final ExploreService explore;
    private final StateManager state;
    private final I18n i18n;
    private final MainWindow window;
    private final DialogService dialogs;
    private final org.salestrack.pipeline.watch.WatchDesk watch;
    private final ScreenServices screens;
    private final java.util.function.Consumer<org.salestrack.model.watch.WatchEvent> onWatched =
            e -> {
                if (e.outcome() == org.salestrack.model.watch.WatchOutcome.STORED) javafx.application.Platform.runLater(this::dataChanged);
            };

    /**
     * The one way a workbench is made, by the app and the tests alike: the opened workspace's services as its
     * composition root ({@code app.WorkspaceServices}) built them, the language, and the dialogs (the window's, or a
     * test's scripted ones). The workbench owns the executors and the screens' {@link RequestScheduler}, hands them
     * with the state and the dialogs to every screen ({@link WorkbenchContext}), and closes them with the window.
     */
    public Workbench(OpenedWorkspace ws, Locale locale, DialogService dialogs) {
        ExploreService explore = ws.explore();
        ImportPipeline imports = ws.imports();
        Slice span = ws.span();
        ScreenServices screens = ws.screens();
        this.explore = explore;
        this.dialogs = dialogs;
        this.screens = screens;
        this.i18n = new I18n(locale);
        dialogs.speak(i18n);
        LocalDate today = LocalDate.now();
        this.state = span == null ? new StateManager(today, today) : new StateManager(span.from(), span.to());
        WorkbenchContext ctx = new WorkbenchContext(explore, imports, state, i18n, tasks, queries, requests, dialogs, this::dataChanged, screens);
        this.window = new MainWindow(ctx, tasks, ws.name());
        this.watch = screens.watch();
        if (watch != null) {
            // the workspace's watched folders are watched while it is open; a batch that lands refreshes every view
            // (a refused or duplicate file changes nothing)
            watch.addListener(onWatched);
            watch.start(imports);
        }
    }

    public MainWindow window() { return window; }

    public StateManager state() { return state; }

    public I18n i18n() { return i18n; }

    public UiTaskExecutor tasks() { return tasks; }

    /** The threads the screens read on, beside the visible tasks. */
    public UiTaskExecutor queries() { return queries; }

    /** The screens' latest-request scheduling, closed with the workbench. */
    public RequestScheduler requests() { return requests; }

    public void show(Stage stage) {
        Scene scene = WindowSize.scene(window.root());
        scene.getStylesheets().add(Workbench.class.getResource("/ui/workbench.css").toExternalForm());
        stage.titleProperty().bind(i18n.bind("app.title"));
        stage.setOnHidden(e -> close());
        WindowSize.show(stage, scene);
        // refreshes only when the workspace changed since the rollups were built; off the FX thread. The views
        // reload only when it did: re-anchoring an unchanged span restarted the dashboard's first load (issue 23)
        refreshRollups(false);
    }

    /** Brings the rollups up to date, then re-anchors the presets so every view reloads. */
    public void dataChanged() {
        refreshRollups(true);
    }

    /** @param reload whether the views reload even when the rollups were current (the data changed: an import, an undo) */
    private void refreshRollups(boolean reload) {
        tasks.execute(new BackgroundTask<Refreshed>("rollups") {
            @Override
            public Refreshed call() {
                boolean rebuilt = explore.refresh(cancellation(), progress());
                return new Refreshed(rebuilt, explore.span().orElse(null));
            }
        }, r -> {
            if (reload || r.rebuilt()) {
                if (r.span() != null) state.setSpan(r.span().from(), r.span().to());
                window.dataChanged();
            }
            // the other screens' reads ahead wait for the first figures rather than compete with them for the cores
            window.afterFirstLoad(this::readDealersAhead);
        }, e -> dialogs.showError(i18n.get("task.rollups"), i18n.get("error.query", Failures.text(i18n, e))));
    }

    private record Refreshed(boolean rebuilt, Slice span) {}

    /**
     * Reads the dealers' facts and grades every quarter on a query thread once the rollups are current, so the
     * Dealers screen opens on them (on 10M lines the first read is about half a second, every board after it
     * tens of milliseconds). A failure here is the screen's to report when it is opened.
     */
    private void readDealersAhead() {
        if (screens.dealers() == null) return;
        LocalDate end = state.slice().to();
        queries.execute(new BackgroundTask<Object>("dealers") {
            @Override
            public Object call() {
                var s = screens.dealers();
                return org.salestrack.ui.dealer.DealersViewModel.board(s, s.rules(), org.salestrack.model.cube.Grain.QUARTER, end);
            }
        }, b -> { }, e -> { });
    }

    public void close() {
        if (watch != null) {
            watch.removeListener(onWatched);
            // a running import is rolled back rather than waited for: the FX thread never waits
            Thread stop = new Thread(() -> watch.stop(java.time.Duration.ZERO), "watch-stop");
            stop.setDaemon(true);
            stop.start();
        }
        window.close();
        // superseded or not, every screen query still running stops (its statement too), then the threads end
        requests.close();
        tasks.shutdown();
        queries.shutdown();
    }
}
