package org.salestrack.ingest.map;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.salestrack.ingest.Pseudonymiser;
import org.salestrack.ingest.profile.MappingProfile;
import org.salestrack.ingest.read.TableReader;
import org.salestrack.model.Message;
import org.salestrack.model.RecordKind;

/**
 * Turns a located table (header found, profile chosen) into mapped rows, one at a time. Blank rows and
 * the "合计 / Total" lines that exports append are skipped; a CSV row with a different number of cells
 * than the header is an error, since its values cannot be trusted to sit under the right columns.
 */
public final class RowStream implements Closeable {
    private final TableReader reader;
    private final Deque<List<String>> pending;
    private final Deque<Integer> pendingRows;
    private final List<String> header;
    private final RowAccess access;
    private final SalesMapper sales;
    private final GenericMapper generic;
    private final boolean strictWidth;

    RowStream(TableReader reader, MappingProfile profile, List<String> header, Deque<List<String>> pending,
              Deque<Integer> pendingRows, boolean strictWidth, Pseudonymiser pseudonymiser) {
        this.reader = reader;
        this.header = header;
        this.pending = new ArrayDeque<>(pending);
        this.pendingRows = new ArrayDeque<>(pendingRows);
        this.access = new RowAccess(profile, header);
        this.strictWidth = strictWidth;
        if (profile.kind() == RecordKind.SALES) {
            this.sales = new SalesMapper(access, profile.name(), pseudonymiser);
            this.generic = null;
        } else {
            this.sales = null;
            this.generic = new GenericMapper(access, profile.kind(), pseudonymiser);
        }
    }

    public List<String> header() { return header; }

    public RowAccess access() { return access; }

    /** Bytes of the file consumed so far, or -1 when the reader cannot tell (XLSX). */
    public long position() { return reader.position(); }

    /** The next mapped row, or null at the end of the table. */
    public MappedRow next() throws IOException {
        while (true) {
            List<String> cells;
            int rowNo;
            if (!pending.isEmpty()) {
                cells = pending.poll();
                rowNo = pendingRows.poll();
            } else {
                cells = reader.next();
                if (cells == null) return null;
                rowNo = reader.rowNumber();
            }
            if (isBlank(cells) || isTotalLine(cells)) continue;
            if (strictWidth && cells.size() != header.size()) {
                return new MappedRow(rowNo, cells, null, null, new RowError(rowNo, null, null,
                        Message.of("import.reason.ragged_row", cells.size(), header.size())));
            }
            access.use(cells);
            try {
                if (sales != null) return new MappedRow(rowNo, cells, sales.map(rowNo), null, null);
                return new MappedRow(rowNo, cells, null, generic.map(rowNo), null);
            } catch (FieldException e) {
                return new MappedRow(rowNo, cells, null, null, new RowError(rowNo, e.column, e.value, e.getMessage(), e.reason));
            }
        }
    }

    private static boolean isBlank(List<String> cells) {
        for (String c : cells) if (c != null && !c.isBlank()) return false;
        return true;
    }

    private static boolean isTotalLine(List<String> cells) {
        int filled = 0;
        boolean label = false;
        for (String c : cells) {
            if (c == null || c.isBlank()) continue;
            filled++;
            if (label || !mayBeLabel(c)) continue;
            String t = c.strip().toLowerCase(Locale.ROOT);
            if (t.equals("合计") || t.equals("总计") || t.equals("合计：") || t.equals("total") || t.equals("grand total")) label = true;
        }
        return label && filled <= Math.max(3, cells.size() / 2);
    }

    /** Whether a cell could be one of the labels above: it starts (after blanks) with 合, 总, t or g. */
    private static boolean mayBeLabel(String c) {
        int i = 0;
        while (i < c.length() && Character.isWhitespace(c.charAt(i))) i++;
        if (i == c.length()) return false;
        char ch = c.charAt(i);
        return ch == '合' || ch == '总' || ch == 't' || ch == 'T' || ch == 'g' || ch == 'G';
    }

    @Override
    public void close() throws IOException { reader.close(); }
}
