package org.salestrack.store.watch;

import java.sql.Connection;
import java.sql.SQLException;
import org.salestrack.store.StoreException;
import org.salestrack.store.Workspace;

/** A change of the watcher's settings with its audit entry, in one transaction: both are written, or neither. */
final class SettingsWrite {
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private SettingsWrite() {}

    /** Runs {@code work} in a transaction of its own; {@code what} completes "cannot ..." in the error. */
    static <T> T inTransaction(Workspace workspace, String what, Work<T> work) {
        try (Connection c = workspace.connect()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot " + what, e);
        }
    }
}
