package org.salestrack.ingest.read;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.salestrack.model.Message;

/**
 * An RFC 4180 reader: quoted fields with doubled quotes and embedded line breaks, CRLF or LF.
 * Written here rather than through Jackson's CSV mapper because rows must stay positional and
 * row numbers must be source line numbers for error messages.
 */
public final class CsvTableReader implements TableReader {
    private final Reader in;
    private final char delimiter;
    private final char[] buf = new char[1 << 16];
    private final CountingSource counter;
    private int pos;
    private int len;
    private int line = 1;
    private int rowStartLine;
    private boolean eof;
    /** Cells in the widest row so far: the next row's list starts that large. */
    private int width = 8;
    /**
     * No table's row is this long (16,384 columns of 200 characters fit): a longer one is a file without line
     * breaks, refused before it fills the memory.
     */
    static final int MAX_ROW_CHARS = 4 << 20;
    private int rowChars;

    /** Reports how many bytes of the underlying file have been consumed. */
    public interface CountingSource {
        long consumed();

        long total();
    }

    public CsvTableReader(Reader in, char delimiter, CountingSource counter) {
        this.in = in;
        this.delimiter = delimiter;
        this.counter = counter;
    }

    @Override
    public List<String> next() throws IOException {
        if (eof && pos >= len) return null;
        rowStartLine = line;
        rowChars = 0;
        List<String> cells = new ArrayList<>(width);
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        boolean any = false;
        while (true) {
            int c = read();
            if (c < 0) {
                if (!any && cell.length() == 0 && cells.isEmpty()) return null;
                cells.add(finish(cell, wasQuoted));
                width = Math.max(width, cells.size());
                return cells;
            }
            any = true;
            // every char counts towards the row's length, delimiters too: a line of nothing but commas is as long
            if (++rowChars > MAX_ROW_CHARS) throw new UnreadableFileException(Message.of("import.reason.row_too_long", rowStartLine, MAX_ROW_CHARS >> 20));
            char ch = (char) c;
            if (quoted) {
                if (ch == '"') {
                    int n = peek();
                    if (n == '"') {
                        read();
                        cell.append('"');
                    } else {
                        quoted = false;
                    }
                } else {
                    if (ch == '\n') line++;
                    cell.append(ch);
                }
            } else if (ch == '"' && cell.length() == 0 && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (ch == delimiter) {
                cells.add(finish(cell, wasQuoted));
                cell.setLength(0);
                wasQuoted = false;
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && peek() == '\n') read();
                line++;
                cells.add(finish(cell, wasQuoted));
                width = Math.max(width, cells.size());
                return cells;
            } else {
                // the rest of the cell as far as the buffer holds it, in one copy rather than char by char
                int start = pos - 1;
                int end = pos;
                while (end < len && buf[end] != delimiter && buf[end] != '\n' && buf[end] != '\r') end++;
                cell.append(buf, start, end - start);
                pos = end;
                rowChars += end - start - 1;
                if (rowChars > MAX_ROW_CHARS) throw new UnreadableFileException(Message.of("import.reason.row_too_long", rowStartLine, MAX_ROW_CHARS >> 20));
            }
        }
    }

    private static String finish(StringBuilder cell, boolean quoted) {
        int n = cell.length();
        if (quoted || n == 0 || !space(cell.charAt(0)) && !space(cell.charAt(n - 1))) return cell.toString();
        return cell.toString().strip();
    }

    /** Whether {@link String#strip} would take the char away; plain ASCII letters and digits answer without a table lookup. */
    private static boolean space(char c) {
        if (c > ' ' && c < 0x7f) return false;
        return Character.isWhitespace(c);
    }

    private int read() throws IOException {
        if (pos >= len && !fill()) return -1;
        return buf[pos++];
    }

    private int peek() throws IOException {
        if (pos >= len && !fill()) return -1;
        return buf[pos];
    }

    private boolean fill() throws IOException {
        if (eof) return false;
        try {
            len = in.read(buf, 0, buf.length);
        } catch (java.nio.charset.CharacterCodingException e) {
            // the reader decodes strictly: a byte the file's encoding cannot hold would otherwise be stored as U+FFFD
            throw new UnreadableFileException(Message.of("import.reason.bad_encoding", line));
        }
        pos = 0;
        if (len <= 0) {
            len = 0;
            eof = true;
            return false;
        }
        return true;
    }

    @Override
    public int rowNumber() { return rowStartLine; }

    @Override
    public long position() { return counter == null ? -1 : counter.consumed(); }

    @Override
    public long size() { return counter == null ? -1 : counter.total(); }

    @Override
    public void close() throws IOException { in.close(); }
}
