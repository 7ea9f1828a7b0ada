package org.salestrack.ui.national;

import java.util.concurrent.CancellationException;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.salestrack.analytics.national.NationalSyncService;
import org.salestrack.analytics.national.NationalService;
import org.salestrack.model.Message;
import org.salestrack.model.national.PublishReport;
import org.salestrack.model.national.SyncConflict;
import org.salestrack.model.national.SyncReport;
import org.salestrack.task.BackgroundTask;
import org.salestrack.task.Cancellation;
import org.salestrack.task.ProgressListener;
import org.salestrack.task.TaskExecutor;
import org.salestrack.ui.Failures;
import org.salestrack.ui.start.PasswordVault;

/**
 * A workspace's exchange with the national store (issue 21 #4): publish its batches, and, for a workspace extracted
 * from the store, sync it (its changes up, others' in its regions down, conflicting reviews listed, not overwritten).
 * The address and role come from the extract when there is one; the password from the OS keyring when it holds one,
 * else typed (masked) each time, kept only when she asks and emptied after every attempt, as on the login page.
 */
public final class NationalViewModel {
    // the status bar names the tasks through the bundles' "task." keys
    private static final String READING = "task.national".substring("task.".length());
    private static final String PUBLISH = "task.publish".substring("task.".length());
    private static final String SYNC = "task.sync".substring("task.".length());

    private final NationalSyncService desk;
    private final PasswordVault vault;
    private final TaskExecutor tasks;
    private final Runnable dataChanged;
    private final StringProperty url = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final BooleanProperty remember = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper keyring = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper linked = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyObjectWrapper<Message> outcome = new ReadOnlyObjectWrapper<>();
    private final ObservableList<SyncConflict> conflicts = FXCollections.observableArrayList();

    private record Start(NationalSyncService.Origin origin, boolean keyring) {}

    /** No password typed and none kept: nothing was tried. */
    private static final class PasswordNeeded extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    public NationalViewModel(NationalSyncService desk, PasswordVault vault, TaskExecutor tasks, Runnable dataChanged) {
        this.desk = desk;
        this.vault = vault;
        this.tasks = tasks;
        this.dataChanged = dataChanged;
        // the workspace's link and the keyring are reads of a file and of the system: off the FX thread
        tasks.execute(new BackgroundTask<Start>(READING) {
            @Override
            public Start call() { return new Start(desk.origin().orElse(null), vault.available()); }
        }, s -> {
            if (s.origin() != null) {
                url.set(s.origin().url());
                user.set(s.origin().user());
            }
            linked.set(s.origin() != null);
            keyring.set(s.keyring());
            busy.set(false);
        }, e -> {
            busy.set(false);
            outcome.set(Failures.of(e));
        });
    }

    public StringProperty urlProperty() { return url; }

    public StringProperty userProperty() { return user; }

    /** Bound to the masked field; emptied after every attempt. */
    public StringProperty passwordProperty() { return password; }

    public BooleanProperty rememberProperty() { return remember; }

    public ReadOnlyBooleanProperty keyringProperty() { return keyring.getReadOnlyProperty(); }

    /** Whether this workspace was extracted from the store, so that it syncs. */
    public ReadOnlyBooleanProperty linkedProperty() { return linked.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }

    /** What the last publish or sync did, or why it did not; null before any. */
    public ReadOnlyObjectProperty<Message> outcomeProperty() { return outcome.getReadOnlyProperty(); }

    /** The lines the last sync found reviewed one way here and another on the store since they last agreed. */
    public ObservableList<SyncConflict> conflicts() { return conflicts; }

    public void publish() {
        String address = url.get() == null ? "" : url.get().strip();
        if (address.isEmpty()) {
            outcome.set(Message.of("national.address.empty"));
            return;
        }
        run(PUBLISH, address, (pw, cancel, progress) -> desk.publish(address, user.get(), pw, cancel, progress), r -> {
            conflicts.clear();
            return published(r);
        });
    }

    public void sync() {
        if (!linked.get()) return;
        run(SYNC, url.get().strip(), (pw, cancel, progress) -> desk.sync(user.get(), pw, cancel), r -> {
            conflicts.setAll(r.conflicts());
            return Message.of("national.synced", count(r.batchesDown()), count(r.linesDown()), count(r.reviewsDown()), count(r.batchesUndone()),
                    count(r.conflicts().size()), published(r.up()));
        });
    }

    private static Message published(PublishReport r) {
        return Message.of("national.published", count(r.batchesNew()), count(r.linesStored()), count(r.duplicates()), count(r.batchesKnown()),
                count(r.reviewsChanged()), count(r.batchesUndone()), count(r.linesRemoved()));
    }

    /** A count with its thousands separated (a message's arguments are text): "1,000,000 lines", as both languages write it. */
    private static String count(long n) { return String.format(java.util.Locale.ROOT, "%,d", n); }

    /** A publish or a sync, given the password to log in with, the task's cancellation and its progress. */
    private interface Exchange<T> {
        T run(String password, Cancellation cancel, ProgressListener progress);
    }

    private <T> void run(String title, String address, Exchange<T> action, Function<T, Message> done) {
        if (busy.get()) return;
        String who = user.get() == null ? "" : user.get().strip();
        String typed = password.get() == null ? "" : password.get();
        boolean keep = remember.get() && keyring.get();
        password.set("");
        busy.set(true);
        outcome.set(Message.of(title.equals(SYNC) ? "national.syncing" : "national.publishing", address));
        boolean[] kept = {false};
        tasks.execute(new BackgroundTask<T>(title) {
            @Override
            public T call() {
                String pw = typed;
                if (pw.isEmpty() && vault.available()) {
                    pw = vault.find(address, who).orElse("");
                    kept[0] = !pw.isEmpty();
                }
                try {
                    // no password here: PGPASSWORD or the password file may still hold one, as for the commands
                    T r = action.run(pw, cancellation(), progress());
                    if (keep && !typed.isEmpty()) vault.save(address, who, typed);
                    return r;
                } catch (NationalService.LoginRefused e) {
                    if (kept[0]) vault.forget(address, who);
                    if (pw.isEmpty()) throw new PasswordNeeded();
                    throw e;
                } catch (NationalSyncService.PasswordNeeded e) {
                    throw new PasswordNeeded();
                }
            }
        }, r -> {
            busy.set(false);
            outcome.set(done.apply(r));
            // a publish changes nothing here; what a sync brought down, the screens must show
            if (title.equals(SYNC)) dataChanged.run();
        }, e -> {
            busy.set(false);
            if (e instanceof CancellationException) {
                outcome.set(Message.of(title.equals(SYNC) ? "national.sync.cancelled" : "national.publish.cancelled"));
            } else if (e instanceof PasswordNeeded) {
                outcome.set(Message.of("connect.password.empty"));
            } else if (e instanceof NationalService.LoginRefused) {
                outcome.set(Message.of("connect.refused"));
            } else if (org.salestrack.ui.start.ConnectViewModel.unreachable(e)) {
                outcome.set(Message.of("connect.unreachable"));
            } else {
                outcome.set(Failures.of(e));
            }
        });
    }
}
