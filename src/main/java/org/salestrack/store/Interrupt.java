package org.salestrack.store;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CancellationException;
import org.salestrack.task.Cancellation;
import org.sqlite.ProgressHandler;

/**
 * Lets a Cancel stop a statement while it runs, not when it ends: SQLite calls the handler every few thousand steps
 * of its virtual machine, and a non-zero answer interrupts it; PostgreSQL is sent a cancel request for the
 * connection's running statement. {@link Workspace#connect} applies it to the connections opened by work running
 * {@link Cancellation#within} a cancellation (a superseded dashboard query); a publish to the national store puts its
 * connections under the user's Cancel with {@link #onServer}.
 */
public final class Interrupt {
    private static final int STEPS = 10_000;

    private Interrupt() {}

    /**
     * Stops {@code c}'s SQLite statements once {@code cancel} is cancelled. A server connection (the national store) is
     * put in a transaction instead, so that a long read streams its rows by the fetch size (PostgreSQL's driver keeps a
     * cursor only inside one; the store's pool rolls it back on return) and the reader's own checks between rows stop it.
     */
    public static void on(Connection c, Cancellation cancel) throws SQLException {
        if (c.isWrapperFor(org.postgresql.PGConnection.class)) {
            c.setAutoCommit(false);
            return;
        }
        ProgressHandler.setHandler(c.unwrap(org.sqlite.SQLiteConnection.class), STEPS, new ProgressHandler() {
            @Override
            protected int progress() { return cancel.isCancelled() ? 1 : 0; }
        });
    }

    /** The cancel when the statement was interrupted by it, else the store's failure. */
    public static RuntimeException failure(SQLException e, Cancellation cancel, String what) {
        if (cancel.isCancelled()) return new CancellationException("cancelled by the user");
        return new StoreException(what, e);
    }

    /**
     * A server connection whose running statement is cancelled when {@code cancel} is, until it is closed (handed
     * back to the pool, where a later cancel must not reach the next caller's statement).
     */
    public static Connection onServer(Connection c, Cancellation cancel) {
        AutoCloseable listening = cancel.onCancel(() -> {
            try {
                c.unwrap(org.postgresql.PGConnection.class).cancelQuery();
            } catch (SQLException e) {
                // the statement ends on its own; its result is dropped
            }
        });
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, m, args) -> {
            if (m.getName().equals("close") && m.getParameterCount() == 0) listening.close();
            try {
                return m.invoke(c, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        });
    }
}
