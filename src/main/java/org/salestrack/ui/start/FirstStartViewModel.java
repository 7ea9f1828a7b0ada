package org.salestrack.ui.start;

import org.salestrack.ui.Failures;
import org.salestrack.model.Message;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.salestrack.ingest.FileOutcome;
import org.salestrack.task.BackgroundTask;
import org.salestrack.task.TaskExecutor;

/**
 * First start, when there is no workspace yet: open the sample workspace (a file of its own, built from
 * samples/ with progress and cancel the first time) or start an empty workspace. A cancelled sample
 * build removes the half-built file, so the choice is offered again next time.
 */
public final class FirstStartViewModel {
    private final Path workspaceFile;
    private final Path sampleWorkspace;
    private final Path samples;
    private final WorkspaceOpener opener;
    private final TaskExecutor tasks;
    private final Consumer<OpenedWorkspace> onReady;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Message> problem = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<BackgroundTask<?>> running = new ReadOnlyObjectWrapper<>();
    private final javafx.beans.property.BooleanProperty encrypt = new javafx.beans.property.SimpleBooleanProperty();
    private final javafx.beans.property.StringProperty passphrase = new javafx.beans.property.SimpleStringProperty("");
    private final javafx.beans.property.StringProperty repeat = new javafx.beans.property.SimpleStringProperty("");
    private final ReadOnlyStringWrapper passphraseProblem = new ReadOnlyStringWrapper("");
    /** asks the passphrase of the user's encrypted workspace again; null when that workspace is not locked */
    private Runnable unlock;
    /** opens the national store's login page; null when the app offers none */
    private Runnable connect;

    /**
     * @param workspaceFile the user's workspace, created empty by "start empty"
     * @param sampleWorkspace where the sample workspace lives (opened as is when it exists)
     * @param samples the samples/ folder to build it from, or null
     */
    public FirstStartViewModel(Path workspaceFile, Path sampleWorkspace, Path samples, WorkspaceOpener opener, TaskExecutor tasks,
                               Consumer<OpenedWorkspace> onReady) {
        this.workspaceFile = workspaceFile;
        this.sampleWorkspace = sampleWorkspace;
        this.samples = samples;
        this.opener = opener;
        this.tasks = tasks;
        this.onReady = onReady;
    }

    /**
     * The start page shown after the passphrase of the encrypted workspace at {@code workspaceFile} was cancelled:
     * instead of starting empty it offers to enter the passphrase again ({@code unlock}).
     */
    public FirstStartViewModel locked(Runnable unlock) {
        this.unlock = unlock;
        return this;
    }

    public boolean locked() { return unlock != null; }

    /** Offers the national store's login page ({@code connect}) beside the workspace choices. */
    public FirstStartViewModel national(Runnable connect) {
        this.connect = connect;
        return this;
    }

    public boolean offersNational() { return connect != null; }

    public void connectNational() {
        if (connect != null && !busy.get()) connect.run();
    }

    public void unlock() {
        if (unlock != null && !busy.get()) unlock.run();
    }

    /** Whether a workspace created from this page is encrypted under {@link #passphraseProperty()}. */
    public javafx.beans.property.BooleanProperty encryptProperty() { return encrypt; }

    public javafx.beans.property.StringProperty passphraseProperty() { return passphrase; }

    /** The passphrase typed a second time: the two must agree. */
    public javafx.beans.property.StringProperty repeatProperty() { return repeat; }

    /** The i18n key of what is wrong with the new passphrase ("" when nothing). */
    public ReadOnlyStringProperty passphraseProblemProperty() { return passphraseProblem.getReadOnlyProperty(); }

    /** The new workspace's passphrase (null: plain), or empty when it is asked for but missing or mistyped. */
    private java.util.Optional<String> newPassphrase() {
        if (!encrypt.get()) return java.util.Optional.of("");
        String p = passphrase.get() == null ? "" : passphrase.get();
        if (p.isEmpty()) passphraseProblem.set("start.passphrase.empty");
        else if (!p.equals(repeat.get())) passphraseProblem.set("start.passphrase.mismatch");
        else passphraseProblem.set("");
        return passphraseProblem.get().isEmpty() ? java.util.Optional.of(p) : java.util.Optional.empty();
    }

    private static String orNull(String p) { return p.isEmpty() ? null : p; }

    public boolean samplesAvailable() { return Files.exists(sampleWorkspace) || samples != null && Files.isDirectory(samples); }

    public Path workspaceFile() { return workspaceFile; }

    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<Message> problemProperty() { return problem.getReadOnlyProperty(); }

    /** The task in progress, for the view to sample its progress and offer Cancel. */
    public ReadOnlyObjectProperty<BackgroundTask<?>> runningProperty() { return running.getReadOnlyProperty(); }

    public void startEmpty() {
        var p = newPassphrase();
        if (p.isEmpty()) return;
        String key = orNull(p.get());
        clearPassphrases();
        run(new BackgroundTask<OpenedWorkspace>("open") {
            @Override
            public OpenedWorkspace call() { return opener.open(workspaceFile, key); }
        }, null);
    }

    public void openSamples() {
        if (!samplesAvailable()) return;
        if (Files.exists(sampleWorkspace)) {
            run(new BackgroundTask<OpenedWorkspace>("open") {
                @Override
                public OpenedWorkspace call() throws IOException {
                    OpenedWorkspace ws = opener.open(sampleWorkspace, null);
                    // a newer app ships more sample files (the market panel, reviews): the sample workspace of an
                    // older one gets them, and nothing it holds is read again
                    if (samples == null || ws.imports().importNew(samples, progress(), cancellation()).followUp().batches().isEmpty()) return ws;
                    return new OpenedWorkspace(ws.name(), ws.explore(), ws.imports(), ws.explore().span().orElse(null), ws.screens());
                }
            }, null);
            return;
        }
        var p = newPassphrase();
        if (p.isEmpty()) return;
        String key = orNull(p.get());
        clearPassphrases();
        run(new BackgroundTask<OpenedWorkspace>("samples") {
            @Override
            public OpenedWorkspace call() throws IOException {
                OpenedWorkspace ws = opener.open(sampleWorkspace, key);
                // the pipeline runs the rules, rollups and forecast tracking: the sample opens as "Run validation" leaves it
                List<FileOutcome> outcomes = ws.imports().importFolder(samples, progress(), cancellation()).files();
                if (outcomes.stream().allMatch(o -> o.result() == null)) throw new IOException("no sample file could be imported");
                return new OpenedWorkspace(ws.name(), ws.explore(), ws.imports(), ws.explore().span().orElse(null), ws.screens());
            }
        }, sampleWorkspace);
    }

    private void clearPassphrases() {
        passphrase.set("");
        repeat.set("");
    }

    public void cancel() {
        BackgroundTask<?> t = running.get();
        if (t != null) t.cancel();
    }

    /** @param partial a file to remove if the task fails or is cancelled, or null */
    private void run(BackgroundTask<OpenedWorkspace> task, Path partial) {
        busy.set(true);
        problem.set(null);
        running.set(task);
        tasks.execute(task, ws -> {
            busy.set(false);
            running.set(null);
            onReady.accept(ws);
        }, e -> {
            busy.set(false);
            running.set(null);
            if (partial != null) discard(partial);
            problem.set(Failures.of(e));
        });
    }

    private static void discard(Path file) {
        try {
            for (String suffix : new String[] {"", "-wal", "-shm"}) Files.deleteIfExists(Path.of(file + suffix));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
