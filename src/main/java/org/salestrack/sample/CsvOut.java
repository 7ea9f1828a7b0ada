package org.salestrack.sample;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes delimited text the way a given source does: its charset (unmappable characters fail loudly
 * rather than turning into '?'), an optional BOM, its delimiter and line ending. Counts data rows.
 */
final class CsvOut implements Closeable {
    private final BufferedWriter out;
    private final char delimiter;
    private final String newline;
    private long rows = -1;

    CsvOut(Path file, Charset charset, boolean bom, char delimiter, String newline) throws IOException {
        OutputStream stream = Files.newOutputStream(file);
        if (bom) stream.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        this.out = new BufferedWriter(new OutputStreamWriter(stream, charset.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
        this.delimiter = delimiter;
        this.newline = newline;
    }

    static CsvOut utf8(Path file) throws IOException {
        return new CsvOut(file, java.nio.charset.StandardCharsets.UTF_8, false, ',', "\n");
    }

    /** Writes one row; the first row written is the header and is not counted. */
    void row(Object... cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) out.write(delimiter);
            out.write(escape(cells[i] == null ? "" : cells[i].toString()));
        }
        out.write(newline);
        rows++;
    }

    long rows() { return rows; }

    private String escape(String s) {
        boolean quote = s.indexOf(delimiter) >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
        return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    @Override
    public void close() throws IOException { out.close(); }
}
