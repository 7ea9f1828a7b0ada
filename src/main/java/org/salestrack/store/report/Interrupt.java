package org.salestrack.store.report;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CancellationException;
import org.salestrack.store.StoreException;
import org.salestrack.task.Cancellation;
import org.sqlite.ProgressHandler;

/**
 * Lets a Cancel stop a statement that reads the sale lines while it runs, not when it ends: SQLite calls
 * the handler every few thousand steps of its virtual machine, and a non-zero answer interrupts it.
 */
final class Interrupt {
    private static final int STEPS = 10_000;

    private Interrupt() {}

    static void on(Connection c, Cancellation cancel) throws SQLException {
        ProgressHandler.setHandler(c.unwrap(org.sqlite.SQLiteConnection.class), STEPS, new ProgressHandler() {
            @Override
            protected int progress() { return cancel.isCancelled() ? 1 : 0; }
        });
    }

    /** The cancel when the statement was interrupted by it, else the store's failure. */
    static RuntimeException failure(SQLException e, Cancellation cancel, String what) {
        if (cancel.isCancelled()) return new CancellationException("cancelled by the user");
        return new StoreException(what, e);
    }
}
