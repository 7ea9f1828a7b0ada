package org.salestrack.analytics.national;

import java.util.Optional;
import org.salestrack.model.national.PublishReport;
import org.salestrack.model.national.SyncReport;
import org.salestrack.store.Workspace;
import org.salestrack.store.postgres.NationalStore;
import org.salestrack.store.postgres.Publisher;
import org.salestrack.store.postgres.ServerAddress;
import org.salestrack.store.postgres.Syncer;
import org.salestrack.task.Cancellation;
import org.salestrack.task.ProgressListener;

/**
 * A workspace file's link to the national store for the workbench (issue 21 #4): the store and role it was extracted
 * with, and its publish and sync logged in with the password the person gives (else as psql finds one: PGPASSWORD or
 * the password file), which is never written by us. Every call talks to the server: off the FX thread.
 */
public final class NationalSyncService {
    /** The store's address (without a role) and the role a workspace was extracted with. */
    public record Origin(String url, String user) {}

    /** The server asks for a password and none was given, nor found where psql looks. */
    public static final class PasswordNeeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        PasswordNeeded(String message, Throwable cause) { super(message, cause); }
    }

    private final Workspace workspace;

    public NationalSyncService(Workspace workspace) {
        if (workspace.onServer()) throw new IllegalArgumentException("publish and sync take a workspace file, not " + workspace.name());
        this.workspace = workspace;
    }

    /** Where this workspace was extracted from, if it was (only such a workspace syncs; any publishes). */
    public Optional<Origin> origin() {
        return Syncer.origin(workspace, null).map(a -> new Origin(url(a), a.user()));
    }

    /**
     * Publishes this workspace's batches, undos and reviews to the store at {@code url} as {@code user}, telling
     * {@code progress} the lines read and stored; cancelled, it rolls back (the store as it was) and throws
     * {@link java.util.concurrent.CancellationException}.
     */
    public PublishReport publish(String url, String user, String password, Cancellation cancel, ProgressListener progress) {
        NationalStore store = login(ServerAddress.parse(url, blankToNull(user)), password);
        return new Publisher(workspace, store).publish(cancel, progress);
    }

    /** Brings this extracted workspace and its store level, as {@code user} (blank: the role it was extracted with). */
    public SyncReport sync(String user, String password, Cancellation cancel) {
        ServerAddress at = Syncer.origin(workspace, blankToNull(user)).orElseThrow(() -> new IllegalStateException(workspace.name()
                + " was not extracted from a national store"));
        return new Syncer(workspace, login(at, password)).sync(cancel);
    }

    private static NationalStore login(ServerAddress at, String password) {
        ServerAddress as = password == null || password.isEmpty() ? at : at.as(at.user(), password);
        try {
            return NationalService.open(as);
        } catch (NationalService.LoginRefused e) {
            throw e;
        } catch (RuntimeException e) {
            if (NationalStore.passwordMissing(e)) throw new PasswordNeeded(as.display() + " asks for a password", e);
            throw e;
        }
    }

    private static String url(ServerAddress a) { return "postgresql://" + a.host() + ":" + a.port() + "/" + a.database(); }

    private static String blankToNull(String s) { return s == null || s.isBlank() ? null : s.strip(); }
}
