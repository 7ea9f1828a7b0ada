package org.salestrack.app;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.salestrack.model.OpenPhase;
import org.salestrack.ui.start.OpenedWorkspace;

/**
 * The launch's workspace, opened on a thread of its own while the window says what the open is doing ({@link #onPhase})
 * until it takes the result ({@link #whenDone}); the open is the same {@link WorkspaceServices#open} as ever, with its
 * checks (damage, newer app, migrations). Issue 23: the launch showed a static page for 5 s on 10M lines.
 */
public final class StartupOpen {
    private final CompletableFuture<OpenedWorkspace> result = new CompletableFuture<>();
    private volatile OpenPhase phase;
    private volatile Consumer<OpenPhase> listener;

    private StartupOpen() {}

    /** Starts opening {@code file} (plain; an encrypted one is refused for its passphrase) on a daemon thread. */
    public static StartupOpen begin(Path file) {
        StartupOpen o = new StartupOpen();
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
