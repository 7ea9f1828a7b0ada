package org.salestrack.ui.start;

import org.salestrack.ui.Failures;
import org.salestrack.model.Message;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.salestrack.task.BackgroundTask;
import org.salestrack.task.TaskExecutor;

/**
 * Asking an encrypted workspace's passphrase: the workspace is opened (the key derived, the file checked) off the FX
 * thread; a wrong passphrase says so, empties the field and asks again; Cancel goes back to the start page.
 */
public final class UnlockViewModel {
    /** What the page says under the field, as an i18n key ("" for nothing). */
    public enum Problem {
        NONE(""), EMPTY("unlock.empty"), WRONG("unlock.wrong"), FAILED("start.failed");

        private final String key;

        Problem(String key) { this.key = key; }

        public String key() { return key; }
    }

    private final Path file;
    private final WorkspaceOpener opener;
    private final TaskExecutor tasks;
    private final Consumer<OpenedWorkspace> onReady;
    private final Runnable onCancel;
    private final StringProperty passphrase = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(Problem.NONE.key());
    private final ReadOnlyObjectWrapper<Message> failure = new ReadOnlyObjectWrapper<>();
    private int wrongTries;

    public UnlockViewModel(Path file, WorkspaceOpener opener, TaskExecutor tasks, Consumer<OpenedWorkspace> onReady, Runnable onCancel) {
        this.file = file;
        this.opener = opener;
        this.tasks = tasks;
        this.onReady = onReady;
        this.onCancel = onCancel;
    }

    public Path file() { return file; }

    /** Bound to the masked field. */
    public StringProperty passphraseProperty() { return passphrase; }

    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }

    /** The i18n key of what went wrong, "" when nothing did. */
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }

    /** The reason of a failure other than a wrong passphrase (a damaged file, a full disk). */
    public ReadOnlyObjectProperty<Message> failureProperty() { return failure.getReadOnlyProperty(); }

    /** How many passphrases were refused so far. */
    public int wrongTries() { return wrongTries; }

    public void unlock() {
        if (busy.get()) return;
        String p = passphrase.get();
        if (p == null || p.isEmpty()) {
            problem.set(Problem.EMPTY.key());
            return;
        }
        busy.set(true);
        problem.set(Problem.NONE.key());
        tasks.execute(new BackgroundTask<OpenedWorkspace>("open") {
            @Override
            public OpenedWorkspace call() { return opener.open(file, p); }
        }, ws -> {
            busy.set(false);
            passphrase.set("");
            onReady.accept(ws);
        }, e -> {
            busy.set(false);
            passphrase.set("");
            if (e instanceof PassphraseRefusedException) {
                wrongTries++;
                problem.set(Problem.WRONG.key());
            } else {
                failure.set(Failures.of(e));
                problem.set(Problem.FAILED.key());
            }
        });
    }

    public void cancel() {
        if (busy.get()) return;
        passphrase.set("");
        onCancel.run();
    }
}
