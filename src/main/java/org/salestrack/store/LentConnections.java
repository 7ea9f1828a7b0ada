package org.salestrack.store;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The connections a workspace file lends, counted so the file is replaced (encrypted, decrypted, rekeyed) only while
 * none is open: a connection open across the replacement would go on writing to the old file, and what it wrote
 * would be lost. An encrypted file's connections are also kept open between calls: a new connection starts with an
 * empty page cache and decrypts every page it reads again (the query benchmark ran 1.8x slower than on the plain
 * file). A kept connection is reset to how a new one starts (no open transaction, foreign keys on, no temporary
 * tables, no progress handler) before it is lent again; a plain file keeps a connection per call, its pages come
 * from the operating system's cache.
 */
final class LentConnections {
    private final int max;
    private final java.util.concurrent.atomic.AtomicInteger open = new java.util.concurrent.atomic.AtomicInteger();
    private final ArrayDeque<Connection> idle = new ArrayDeque<>();
    /** bumped by {@link #clear}: a connection lent before the file was replaced is closed when handed back, not kept */
    private long generation;

    /** told each time a connection is handed back (the write-ahead log may want a checkpoint) */
    private final Runnable returned;

    LentConnections(int max, Runnable returned) {
        this.max = max;
        this.returned = returned;
    }

    /** How many lent connections are not closed yet. */
    int open() { return open.get(); }

    /** {@code open}'s connection, counted until it is closed (a plain file's: one per call). */
    Connection lendOnce(Opener opener) throws SQLException {
        return counted(opener.open(), false, 0);
    }

    /** A connection from the idle ones, or {@code open}'s; its close hands it back to be lent again. */
    Connection lend(Opener open) throws SQLException {
        Connection real;
        long lentIn;
        synchronized (this) {
            real = idle.poll();
            lentIn = generation;
        }
        if (real == null) real = open.open();
        return counted(real, true, lentIn);
    }

    interface Opener {
        Connection open() throws SQLException;
    }

    /** Closes the idle connections (before the file is replaced or the workspace closed). */
    void clear() {
        List<Connection> all;
        synchronized (this) {
            all = new ArrayList<>(idle);
            idle.clear();
            generation++;
        }
        for (Connection c : all) closeQuietly(c);
    }

    private Connection counted(Connection real, boolean keep, long lentIn) {
        boolean[] closed = {false};
        open.incrementAndGet();
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, m, args) -> {
            switch (m.getName()) {
                case "close" -> {
                    if (!closed[0]) {
                        closed[0] = true;
                        try {
                            if (keep) giveBack(real, lentIn);
                            else real.close();
                        } finally {
                            open.decrementAndGet();
                        }
                        returned.run();
                    }
                    return null;
                }
                case "isClosed" -> {
                    return closed[0] || real.isClosed();
                }
                case "equals" -> {
                    return proxy == args[0];
                }
                case "hashCode" -> {
                    return System.identityHashCode(proxy);
                }
                default -> {
                    if (closed[0]) throw new SQLException("the connection is closed");
                    try {
                        return m.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                }
            }
        });
    }

    private void giveBack(Connection real, long lentIn) {
        try {
            if (!real.isClosed() && reset(real)) {
                synchronized (this) {
                    if (lentIn == generation && idle.size() < max) {
                        idle.push(real);
                        return;
                    }
                }
            }
        } catch (SQLException e) {
            // a connection that cannot be reset is not lent again
        }
        closeQuietly(real);
    }

    /** Back to how a new connection starts; false when it cannot be. */
    private static boolean reset(Connection c) throws SQLException {
        if (!c.getAutoCommit()) {
            c.rollback();
            c.setAutoCommit(true);
        }
        List<String> temp = new ArrayList<>();
        try (Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT name FROM temp.sqlite_master WHERE type = 'table'")) {
                while (rs.next()) temp.add(rs.getString(1));
            }
            for (String t : temp) s.executeUpdate("DROP TABLE temp.\"" + t.replace("\"", "\"\"") + "\"");
            s.execute("PRAGMA foreign_keys = ON");
        }
        // a Cancel's progress handler belongs to the call that set it
        org.sqlite.ProgressHandler.clearHandler(c.unwrap(org.sqlite.SQLiteConnection.class));
        return true;
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            // closing what is no longer lent
        }
    }
}
