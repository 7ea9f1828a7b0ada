package org.salestrack.analytics.national;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.salestrack.model.national.ExtractReport;
import org.salestrack.model.national.PublishReport;
import org.salestrack.store.Workspace;
import org.salestrack.store.postgres.Extractor;
import org.salestrack.store.postgres.NationalStore;
import org.salestrack.store.postgres.Publisher;
import org.salestrack.store.postgres.ServerAddress;
import org.salestrack.store.postgres.Syncer;
import org.salestrack.model.national.SyncReport;

/**
 * The national store for the commands and the workbench (issue 21): opening a workspace that may be a
 * server ({@code postgresql://HOST:PORT/DB}), publishing a workspace to it. The password comes from
 * PGPASSWORD or the password file, as psql finds it.
 */
public final class NationalService {
    private NationalService() {}

    /** Whether {@code location} names a national store rather than a workspace file. */
    public static boolean isServer(String location) { return ServerAddress.isUrl(location); }

    /** A workspace file, or the national store at a {@code postgresql://} address logged in as {@code user} (or as the address says). */
    public static Workspace open(String location, String user) {
        if (isServer(location)) return NationalStore.open(ServerAddress.parse(location, user)).workspace();
        return Workspace.open(Path.of(location));
    }

    /** The server refused the login (an unknown role, a wrong or missing password). */
    public static final class LoginRefused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LoginRefused(String message, Throwable cause) { super(message, cause); }
    }

    /**
     * The national store at {@code url} logged in as {@code user} (blank: as the address or the environment says) with
     * {@code password}, as the workbench's login page gives them; {@link LoginRefused} when the server refuses it.
     */
    public static Workspace login(String url, String user, String password) {
        ServerAddress at = ServerAddress.parse(url, user == null || user.isBlank() ? null : user.strip());
        return open(at.as(at.user(), password)).workspace();
    }

    /** The store at {@code at}, its login's refusal as {@link LoginRefused}. */
    static NationalStore open(ServerAddress at) {
        try {
            return NationalStore.open(at);
        } catch (RuntimeException e) {
            if (NationalStore.loginRefused(e)) throw new LoginRefused(at.display() + " refused the login", e);
            throw e;
        }
    }

    /** Publishes the workspace's batches to the national store at {@code to}. */
    public static PublishReport publish(Workspace workspace, String to, String user) {
        if (workspace.onServer()) throw new IllegalArgumentException("publish takes a workspace file, not " + workspace.name());
        return new Publisher(workspace, NationalStore.open(ServerAddress.parse(to, user))).publish();
    }

    /**
     * Extracts the national store's lines of {@code regions} (all the role may read when empty) and days into
     * the fresh workspace {@code into}, logged in as {@code user}: the server's row-level security filters.
     */
    public static ExtractReport extract(String from, String user, Workspace into, List<String> regions, LocalDate first, LocalDate last) {
        if (into.onServer()) throw new IllegalArgumentException("extract writes a workspace file, not " + into.name());
        return new Extractor(NationalStore.open(ServerAddress.parse(from, user)), into).extract(regions, first, last);
    }

    /**
     * Brings a workspace extracted from the national store level with it: its own changes up, others' in its
     * selection down, conflicting reviews reported. Logs in as {@code user}, or as the extract did.
     */
    public static SyncReport sync(Workspace workspace, String user) {
        if (workspace.onServer()) throw new IllegalArgumentException("sync takes a workspace file, not " + workspace.name());
        ServerAddress at = Syncer.origin(workspace, user).orElseThrow(() -> new IllegalArgumentException(workspace.name()
                + " was not extracted from a national store: extract one first (publish needs no extract)"));
        return new Syncer(workspace, NationalStore.open(at)).sync();
    }
}
