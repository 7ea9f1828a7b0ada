package org.salestrack.store.postgres;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.postgresql.copy.CopyIn;

/**
 * Rows in COPY's text format (tab between fields, \N for null, backslash escapes) written to a CopyIn in
 * chunks, so a million lines never sit in memory at once. A chunk is encoded and sent by a thread of its own
 * while the caller goes on reading its source (a publish reads SQLite while the server takes the previous
 * chunk: issue 21's benchmark); at most {@value #AHEAD} chunks wait. Only that thread touches the CopyIn until
 * {@link #end()} or {@link #cancel()} has joined it.
 */
final class CopyText {
    private static final int CHUNK = 1 << 20;
    private static final int AHEAD = 3;
    private static final String END = new String("end");

    private final CopyIn copy;
    private final StringBuilder buf = new StringBuilder(CHUNK + 4096);
    private final BlockingQueue<String> chunks = new ArrayBlockingQueue<>(AHEAD);
    private boolean first = true;
    private long rows;
    private Thread sender;
    private volatile SQLException failure;

    CopyText(CopyIn copy) { this.copy = copy; }

    CopyText field(Object v) {
        if (v == null) return nul();
        if (v instanceof Long || v instanceof Integer) return number(((Number) v).longValue());
        return text(v.toString());
    }

    /** A null field. */
    CopyText nul() {
        separate();
        buf.append("\\N");
        return this;
    }

    /** A whole number, written as {@link Long#toString(long)} writes it. */
    CopyText number(long v) {
        separate();
        buf.append(v);
        return this;
    }

    /** A real number, written as {@link Double#toString(double)} writes it. */
    CopyText real(double v) {
        separate();
        buf.append(v);
        return this;
    }

    /** A text (null: a null field), escaped where it has a backslash, tab or line break. */
    CopyText text(String s) {
        if (s == null) return nul();
        separate();
        int n = s.length();
        int i = 0;
        while (i < n) {
            char ch = s.charAt(i);
            if (ch == '\\' || ch == '\t' || ch == '\n' || ch == '\r') break;
            i++;
        }
        if (i == n) {
            buf.append(s);
            return this;
        }
        buf.append(s, 0, i);
        for (; i < n; i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '\\' -> buf.append("\\\\");
                case '\t' -> buf.append("\\t");
                case '\n' -> buf.append("\\n");
                case '\r' -> buf.append("\\r");
                default -> buf.append(ch);
            }
        }
        return this;
    }

    private void separate() {
        if (!first) buf.append('\t');
        first = false;
    }

    /** Ends the row; returns the nanoseconds spent waiting for the sending thread (0 when no chunk was due). */
    long endRow() throws SQLException {
        buf.append('\n');
        first = true;
        rows++;
        if (buf.length() < CHUNK) return 0;
        long t = System.nanoTime();
        hand(buf.toString());
        buf.setLength(0);
        return System.nanoTime() - t;
    }

    private void hand(String chunk) throws SQLException {
        if (sender == null) {
            sender = new Thread(this::send, "copy-sender");
            sender.setDaemon(true);
            sender.start();
        }
        try {
            while (!chunks.offer(chunk, 50, TimeUnit.MILLISECONDS)) {
                if (failure != null || !sender.isAlive()) break;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while sending COPY data", e);
        }
        if (failure != null) throw failure;
    }

    private void send() {
        try {
            for (String chunk = chunks.take(); chunk != END; chunk = chunks.take()) {
                byte[] b = chunk.getBytes(StandardCharsets.UTF_8);
                copy.writeToCopy(b, 0, b.length);
            }
        } catch (SQLException e) {
            failure = e;
        } catch (InterruptedException e) {
            // cancelled
        }
    }

    /** Waits until the sending thread has sent every chunk handed to it and ended. */
    private void join() throws SQLException {
        if (sender == null) return;
        if (sender.isAlive() && failure == null) hand(END);
        try {
            sender.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while sending COPY data", e);
        }
        if (failure != null) throw failure;
    }

    /** Sends what is left and ends the COPY; returns the rows written. */
    long end() throws SQLException {
        if (buf.length() > 0) hand(buf.toString());
        buf.setLength(0);
        join();
        copy.endCopy();
        return rows;
    }

    /** Abandons the COPY (the transaction it is in rolls back). */
    void cancel() {
        if (sender != null) {
            sender.interrupt();
            try {
                sender.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            if (copy.isActive()) copy.cancelCopy();
        } catch (SQLException ignored) {
            // the failure that made us cancel is the one to report
        }
    }

}
