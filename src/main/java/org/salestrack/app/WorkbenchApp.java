package org.salestrack.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.salestrack.ingest.SampleFolders;
import org.salestrack.store.Workspace;
import org.salestrack.ui.I18n;
import org.salestrack.ui.WindowSize;
import org.salestrack.ui.UiTaskExecutor;
import org.salestrack.ui.Workbench;
import org.salestrack.ui.start.FirstStartView;
import org.salestrack.ui.start.FirstStartViewModel;
import org.salestrack.ui.start.OpenedWorkspace;
import org.salestrack.ui.start.PassphraseRefusedException;
import org.salestrack.ui.start.UnlockView;
import org.salestrack.ui.start.UnlockViewModel;

/**
 * The JavaFX application. Paints a window at once, opens the workspace in the background, and shows the
 * workbench, or the first-start page when there is no workspace yet. Options (system properties, since
 * Main sends arguments to the CLI): {@code -Dsalestrack.workspace=FILE} (or {@code postgresql://HOST:PORT/DB}: the national
 * store's login page), {@code -Dsalestrack.samples=DIR},
 * {@code -Dsalestrack.lang=zh}.
 */
public final class WorkbenchApp extends Application {
    private final UiTaskExecutor startup = new UiTaskExecutor("startup", 1, false);
    /** the workspaces opened in this run (the national store's window adds its own), closed as the app exits */
    private final java.util.List<OpenedWorkspace> opened = new java.util.concurrent.CopyOnWriteArrayList<>();

    static void launchWorkbench(String[] args) {
        Application.launch(WorkbenchApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        var named = new java.util.HashMap<>(getParameters().getNamed());
        // Main hands any argument to the CLI, so the GUI also takes its options as system properties
        for (String k : List.of("workspace", "samples", "lang")) {
            String v = System.getProperty("salestrack." + k);
            if (v != null) named.putIfAbsent(k, v);
        }
        String where = named.get("workspace");
        Locale locale = "zh".equals(named.get("lang")) || ("zh".equals(Locale.getDefault().getLanguage()) && !named.containsKey("lang"))
                ? I18n.CHINESE : I18n.ENGLISH;
        I18n i18n = new I18n(locale);
        Label loading = new Label();
        loading.setId("start-phase");
        loading.textProperty().bind(i18n.bind("start.loading"));
        // a bar that steps with the phases: a spinning indicator redrew every frame and took the open's CPU (issue 23)
        javafx.scene.control.ProgressBar steps = new javafx.scene.control.ProgressBar(0);
        steps.setId("start-progress");
        steps.setPrefWidth(320);
        javafx.scene.layout.VBox page = new javafx.scene.layout.VBox(12, steps, loading);
        page.setAlignment(javafx.geometry.Pos.CENTER);
        stage.setTitle("SalesTrack");
        // the workbench's stylesheet from the first page: parsed while the workspace opens, not when the figures wait for it
        show(stage, new StackPane(page));
        Path samples = named.containsKey("samples") ? Path.of(named.get("samples")) : SampleFolders.find().orElse(null);
        if (org.salestrack.analytics.national.NationalService.isServer(where)) {
            // the national store: its login page, the address filled in; Cancel goes to the default workspace's start page
            showConnect(stage, where, () -> showStart(stage, Workspace.defaultFile(), samples, i18n, false), i18n);
            return;
        }
        Path file = where != null ? Path.of(where) : Workspace.defaultFile();
        if (!Files.exists(file)) {
            showStart(stage, file, samples, i18n, false);
            return;
        }
        // opened once the window is up: begun before the toolkit's start, the open took its CPU and the window came
        // 0.5-1.4 s later on 2 busy cores, the figures no sooner (issue 23, bench/query/RESULTS.md)
        StartupOpen open = StartupOpen.begin(file);
        // what the open is doing, until the workbench (and on it the dashboard) takes over
        open.onPhase(p -> {
            loading.textProperty().bind(i18n.bind(phaseKey(p)));
            steps.setProgress((p.ordinal() + 1.0) / (org.salestrack.model.OpenPhase.values().length + 1));
        });
        open.whenDone(ws -> openWorkbench(stage, ws, locale), e -> {
            steps.setVisible(false);
            if (e instanceof PassphraseRefusedException) showUnlock(stage, file, samples, i18n);
            else loading.textProperty().bind(refusal(i18n, file, e));
        });
    }

    private static String phaseKey(org.salestrack.model.OpenPhase p) {
        return switch (p) {
            case CHECKING -> "start.phase.checking";
            case MIGRATING -> "start.phase.migrating";
            case RESUMING -> "start.phase.resuming";
            case PREPARING -> "start.phase.preparing";
        };
    }

    /** The first-start page; {@code locked}: the workspace is encrypted and its passphrase was cancelled. */
    private void showStart(Stage stage, Path file, Path samples, I18n i18n, boolean locked) {
        FirstStartViewModel vm = new FirstStartViewModel(file, SampleFolders.sampleWorkspace(), samples, WorkspaceServices::open, startup,
                ws -> openWorkbench(stage, ws, i18n.locale()));
        if (locked) vm.locked(() -> showUnlock(stage, file, samples, i18n));
        vm.national(() -> showConnect(stage, null, () -> showStart(stage, file, samples, i18n, locked), i18n));
        show(stage, new FirstStartView(vm, i18n).root());
    }

    /** Asks the passphrase of the encrypted workspace at {@code file}; Cancel goes back to the start page. */
    private void showUnlock(Stage stage, Path file, Path samples, I18n i18n) {
        UnlockViewModel vm = new UnlockViewModel(file, WorkspaceServices::open, startup, ws -> openWorkbench(stage, ws, i18n.locale()),
                () -> showStart(stage, file, samples, i18n, true));
        show(stage, new UnlockView(vm, i18n).root());
    }

    /** The national store's login page; {@code back} when it is cancelled. */
    private void showConnect(Stage stage, String url, Runnable back, I18n i18n) {
        org.salestrack.ui.start.ConnectViewModel vm = new org.salestrack.ui.start.ConnectViewModel(url, WorkspaceServices::openNational,
                OsKeyring.system(), startup, ws -> openWorkbench(stage, ws, i18n.locale()), back);
        show(stage, new org.salestrack.ui.start.ConnectView(vm, i18n).root());
    }

    private static void show(Stage stage, javafx.scene.Parent root) {
        Scene scene = WindowSize.scene(root);
        scene.getStylesheets().add(WorkbenchApp.class.getResource("/ui/workbench.css").toExternalForm());
        WindowSize.show(stage, scene);
    }

    /** A refused file (not a workspace, damaged, newer) is said in the reader's language; any other failure as before. */
    private static javafx.beans.binding.StringBinding refusal(I18n i18n, Path file, Throwable e) {
        if (e instanceof org.salestrack.store.WorkspaceRefusedException r) {
            String detail = r.detail() == null ? "" : r.detail();
            return switch (r.reason()) {
                case NOT_SQLITE -> i18n.bind("start.refused.not_sqlite", file);
                case NOT_WORKSPACE -> i18n.bind("start.refused.not_workspace", file);
                case CORRUPT -> i18n.bind("start.refused.corrupt", file, detail);
                case NEWER -> i18n.bind("start.refused.newer", file, detail);
                case PASSPHRASE_NEEDED, WRONG_PASSPHRASE -> i18n.bind("unlock.wrong", file);
            };
        }
        return i18n.bind("start.failed", file, e.getMessage());
    }

    private void openWorkbench(Stage stage, OpenedWorkspace ws, Locale locale) {
        opened.add(ws);
        Workbench w = new Workbench(ws, locale, new org.salestrack.ui.FxDialogService(stage));
        // the national store opens in a window of its own beside the workspace
        w.window().offerNationalStore(() -> {
            Stage other = new Stage();
            showConnect(other, null, other::close, new I18n(locale));
        });
        w.show(stage);
    }

    @Override
    public void stop() {
        startup.shutdown();
        // the workspaces' kept connections: their close folds the log into the file, which then holds everything. Off the
        // FX thread, on a thread the JVM waits for before it ends
        Thread closing = new Thread(() -> opened.forEach(OpenedWorkspace::close), "workspace-close");
        closing.setDaemon(false);
        closing.start();
    }
}
