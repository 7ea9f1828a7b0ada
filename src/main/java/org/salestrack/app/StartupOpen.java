package org.salestrack.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.salestrack.model.OpenPhase;
import org.salestrack.ui.start.OpenedWorkspace;

/**
 * The launch's workspace, opened from the first moment of the process on a thread of its own, so that its checks
 * (damage, newer app, migrations) run beside the toolkit's start and the first window instead of after them (issue 23:
 * the figures came 4.8-5.5 s after the start on 10M lines). The window follows what it is doing ({@link #onPhase}) and
 * takes the result when it is ready ({@link #whenDone}); the open is the same {@link WorkspaceServices#open} as ever.
 */
public final class StartupOpen {
    private static volatile StartupOpen early;

    private final Path file;
    private final CompletableFuture<OpenedWorkspace> result = new CompletableFuture<>();
    private volatile OpenPhase phase;
    private volatile Consumer<OpenPhase> listener;

    private StartupOpen(Path file) { this.file = file; }

    /** Starts opening {@code file} (plain; an encrypted one is refused for its passphrase) on a daemon thread. */
    public static StartupOpen begin(Path file) {
        StartupOpen o = new StartupOpen(file);
        Thread t = new Thread(() -> {
            try {
                o.result.complete(WorkspaceServices.open(file, null, o::phase));
            } catch (Throwable e) {
                o.result.completeExceptionally(e);
            }
        }, "open");
        t.setDaemon(true);
        t.start();
        return o;
    }

    /**
     * Begins the open of the launch's workspace before the toolkit starts, when it is an existing file: what the
     * window will ask for with {@link #take}.
     */
    static void beginEarly(Path file) {
        if (file != null && Files.isRegularFile(file)) early = begin(file);
    }

    /** The open begun early for {@code file}, or a new one; the early one is handed out once. */
    static StartupOpen take(Path file) {
        StartupOpen o = early;
        early = null;
        return o != null && o.file.equals(file) ? o : begin(file);
    }

    private void phase(OpenPhase p) {
        phase = p;
        Consumer<OpenPhase> l = listener;
        if (l != null) l.accept(p);
    }

    /** {@code phases} gets each phase on the FX thread from now on, the current one first. */
    public void onPhase(Consumer<OpenPhase> phases) {
        listener = p -> Platform.runLater(() -> phases.accept(p));
        OpenPhase now = phase;
        if (now != null) listener.accept(now);
    }

    /** Hands the opened workspace, or why it was refused, to the FX thread. */
    public void whenDone(Consumer<OpenedWorkspace> opened, Consumer<Throwable> failed) {
        result.whenComplete((ws, e) -> Platform.runLater(() -> {
            if (e == null) opened.accept(ws); else failed.accept(e);
        }));
    }
}
