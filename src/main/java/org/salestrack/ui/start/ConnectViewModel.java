package org.salestrack.ui.start;

import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.salestrack.task.BackgroundTask;
import org.salestrack.task.TaskExecutor;

/**
 * Logging in to the national store: its address, the person's role, her password. The password is taken from the
 * OS keyring when one is there and holds it, else typed (masked) each time; kept in the keyring only when she asks,
 * never written anywhere else, and the field is emptied after every attempt. The login runs off the FX thread; a
 * refused one says so and asks again (a kept password the server refused is forgotten).
 */
public final class ConnectViewModel {
    /** What the page says under the fields, as an i18n key ("" for nothing). */
    public enum Problem {
        NONE(""), NO_ADDRESS("connect.address.empty"), NO_PASSWORD("connect.password.empty"), REFUSED("connect.refused"),
        UNREACHABLE("connect.unreachable"), FAILED("connect.failed");

        private final String key;

        Problem(String key) { this.key = key; }

        public String key() { return key; }
    }

    /** No password typed and none kept: the login was not tried. */
    private static final class PasswordNeeded extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    private final NationalOpener opener;
    private final PasswordVault vault;
    private final TaskExecutor tasks;
    private final Consumer<OpenedWorkspace> onReady;
    private final Runnable onCancel;
    private final StringProperty url = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final BooleanProperty remember = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper keyring = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(Problem.NONE.key());
    private final ObjectProperty<Throwable> failure = new SimpleObjectProperty<>();
    private int refusals;

    public ConnectViewModel(String url, NationalOpener opener, PasswordVault vault, TaskExecutor tasks, Consumer<OpenedWorkspace> onReady,
                            Runnable onCancel) {
        this.url.set(url == null ? "" : url);
        this.opener = opener;
        this.vault = vault;
        this.tasks = tasks;
        this.onReady = onReady;
        this.onCancel = onCancel;
        // whether a keyring is there is a look at the system: off the FX thread
        tasks.execute(new BackgroundTask<Boolean>("open") {
            @Override
            public Boolean call() { return vault.available(); }
        }, keyring::set, e -> keyring.set(false));
    }

    public StringProperty urlProperty() { return url; }

    public StringProperty userProperty() { return user; }

    /** Bound to the masked field; emptied after every attempt. */
    public StringProperty passwordProperty() { return password; }

    /** Keep the typed password in the OS keyring (offered only when there is one). */
    public BooleanProperty rememberProperty() { return remember; }

    /** Whether the OS keyring can keep the password. */
    public ReadOnlyBooleanProperty keyringProperty() { return keyring.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }

    /** The i18n key of what went wrong, "" when nothing did. */
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }

    /** The failure behind {@link Problem#FAILED}, for {@code Failures}. */
    public ObjectProperty<Throwable> failureProperty() { return failure; }

    /** How many logins the server refused so far. */
    public int refusals() { return refusals; }

    public void connect() {
        if (busy.get()) return;
        String address = url.get() == null ? "" : url.get().strip();
        if (address.isEmpty()) {
            problem.set(Problem.NO_ADDRESS.key());
            return;
        }
        String who = user.get() == null ? "" : user.get().strip();
        String typed = password.get() == null ? "" : password.get();
        boolean keep = remember.get() && keyring.get();
        password.set("");
        busy.set(true);
        problem.set(Problem.NONE.key());
        boolean[] kept = {false};
        tasks.execute(new BackgroundTask<OpenedWorkspace>("open") {
            @Override
            public OpenedWorkspace call() {
                String pw = typed;
                if (pw.isEmpty()) {
                    pw = vault.available() ? vault.find(address, who).orElse("") : "";
                    kept[0] = !pw.isEmpty();
                }
                if (pw.isEmpty()) throw new PasswordNeeded();
                try {
                    OpenedWorkspace ws = opener.open(address, who, pw);
                    if (keep && !typed.isEmpty()) vault.save(address, who, typed);
                    return ws;
                } catch (NationalLoginRefusedException e) {
                    if (kept[0]) vault.forget(address, who);
                    throw e;
                }
            }
        }, ws -> {
            busy.set(false);
            onReady.accept(ws);
        }, e -> {
            busy.set(false);
            if (e instanceof PasswordNeeded) {
                problem.set(Problem.NO_PASSWORD.key());
            } else if (e instanceof NationalLoginRefusedException) {
                refusals++;
                problem.set(Problem.REFUSED.key());
            } else if (unreachable(e)) {
                problem.set(Problem.UNREACHABLE.key());
            } else {
                failure.set(e);
                problem.set(Problem.FAILED.key());
            }
        });
    }

    /**
     * No server answered at the address (refused, unknown host, timed out: the driver's failure carries the socket's
     * cause), which a user fixes by checking the address or the network, not by reading the driver's words.
     */
    public static boolean unreachable(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof java.net.ConnectException || c instanceof java.net.UnknownHostException || c instanceof java.net.SocketTimeoutException) return true;
        }
        return false;
    }

    public void cancel() {
        if (busy.get()) return;
        password.set("");
        onCancel.run();
    }
}
