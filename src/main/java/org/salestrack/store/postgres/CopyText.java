package org.salestrack.store.postgres;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import org.postgresql.copy.CopyIn;

/**
 * Rows in COPY's text format (tab between fields, \N for null, backslash escapes) written to a CopyIn in
 * chunks, so a million lines never sit in memory at once.
 */
final class CopyText {
    private static final int CHUNK = 1 << 20;

    private final CopyIn copy;
    private final StringBuilder buf = new StringBuilder(CHUNK + 4096);
    private boolean first = true;
    private long rows;

    CopyText(CopyIn copy) { this.copy = copy; }

    CopyText field(Object v) {
        if (!first) buf.append('\t');
        first = false;
        if (v == null) {
            buf.append("\\N");
            return this;
        }
        String s = v.toString();
        for (int i = 0; i < s.length(); i++) {
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

    void endRow() throws SQLException {
        buf.append('\n');
        first = true;
        rows++;
        if (buf.length() >= CHUNK) flush();
    }

    private void flush() throws SQLException {
        byte[] b = buf.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(b, 0, b.length);
        buf.setLength(0);
    }

    /** Sends what is left and ends the COPY; returns the rows written. */
    long end() throws SQLException {
        flush();
        copy.endCopy();
        return rows;
    }

    /** Abandons the COPY (the transaction it is in rolls back). */
    void cancel() {
        try {
            if (copy.isActive()) copy.cancelCopy();
        } catch (SQLException ignored) {
            // the failure that made us cancel is the one to report
        }
    }

}
