package org.salestrack.ingest.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.salestrack.ingest.profile.FormatSpec;
import org.salestrack.model.Message;

/** Opens a file as a {@link TableReader} according to a profile's format block and what the bytes say. */
public final class TableSources {
    private static final int SAMPLE = 256 * 1024;

    private TableSources() {}

    /** What was decided about a file before reading it: its type, charset and delimiter, and how many sheets it has. */
    public record Opened(TableReader reader, FileSniffer.Type type, String charset, char delimiter, int sheets) {}

    /** @param sheetIndex for XLSX without a named sheet: which sheet to read */
    public static Opened open(Path file, FormatSpec format, int sheetIndex) throws IOException {
        byte[] head = FileSniffer.head(file, SAMPLE);
        FileSniffer.Type type = FileSniffer.sniff(file, head, format.type());
        switch (type) {
            case EMPTY:
                throw new UnreadableFileException(Message.of("import.reason.empty_file"));
            case BINARY:
                throw new UnreadableFileException(Message.of("import.reason.binary_file"));
            case XLS:
                throw new UnreadableFileException(Message.of("import.reason.xls_file"));
            case XLSX:
                try {
                    XlsxTableReader xlsx = XlsxTableReader.open(file, format.sheet(), sheetIndex);
                    return new Opened(xlsx, type, null, '\0', xlsx.sheetCount());
                } catch (NoSuchSheetException e) {
                    throw e;
                } catch (IOException | RuntimeException e) {
                    throw new UnreadableFileException(Message.of("import.reason.corrupt_xlsx", rootReason(e)));
                }
            default:
                break;
        }
        long size = Files.size(file);
        CharsetDetector.Detected cs = charset(format.encoding(), head, size <= head.length);
        CountingInputStream counting = new CountingInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16), size);
        try {
            skipFully(counting, cs.bomLength());
            if (type == FileSniffer.Type.JSON) {
                InputStream in = cs.charset().name().startsWith("UTF-16") ? reencode(counting, cs.charset()) : counting;
                return new Opened(new JsonTableReader(in, counting), type, cs.charset().name(), '\0', 1);
            }
            char delimiter = delimiter(format, type, new String(head, cs.bomLength(), Math.min(head.length, 64 * 1024) - cs.bomLength(), cs.charset()));
            if (size > head.length && isAuto(format.encoding()) && cs.bomLength() == 0) sameEncodingAtTheEnd(file, size, cs.charset());
            StrictDecodingReader reader = new StrictDecodingReader(counting, cs.charset());
            return new Opened(new CsvTableReader(reader, delimiter, counting), type, cs.charset().name(), delimiter, 1);
        } catch (IOException | RuntimeException e) {
            counting.close();
            throw e;
        }
    }

    private static boolean isAuto(String declared) {
        return declared == null || declared.isBlank() || declared.strip().equalsIgnoreCase("auto");
    }

    /**
     * The encoding is guessed from the file's head; a file whose end is in another one (exports appended to by a
     * second tool) would be stored as mojibake. GB18030 decodes almost any bytes, so only the end's own guess
     * tells: a GB18030 head with an end that is non-ASCII strict UTF-8 is refused. (A UTF-8 head with a GB18030
     * end fails the strict decoding, at its line.)
     */
    private static void sameEncodingAtTheEnd(Path file, long size, Charset head) throws IOException {
        if (!head.equals(CharsetDetector.GB18030)) return;
        byte[] tail = new byte[(int) Math.min(SAMPLE, size - SAMPLE)];
        try (java.nio.channels.SeekableByteChannel ch = Files.newByteChannel(file)) {
            ch.position(size - tail.length);
            java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(tail);
            while (b.hasRemaining() && ch.read(b) > 0) { }
        }
        int start = 0;
        while (start < tail.length && tail[start] != '\n') start++;
        byte[] lines = java.util.Arrays.copyOfRange(tail, Math.min(start + 1, tail.length), tail.length);
        boolean nonAscii = false;
        for (byte x : lines) if (x < 0) { nonAscii = true; break; }
        if (nonAscii && CharsetDetector.detect(lines, lines.length, true, null).charset().equals(java.nio.charset.StandardCharsets.UTF_8)) {
            throw new UnreadableFileException(Message.of("import.reason.encoding_switch", head.name(), "UTF-8"));
        }
    }

    private static InputStream reencode(InputStream in, Charset cs) throws IOException {
        return new java.io.ByteArrayInputStream(new String(in.readAllBytes(), cs).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static void skipFully(InputStream in, int n) throws IOException {
        if (n > 0) in.readNBytes(n);
    }

    static CharsetDetector.Detected charset(String declared, byte[] head, boolean complete) throws UnreadableFileException {
        String d = declared == null ? "auto" : declared.strip();
        if (d.equalsIgnoreCase("auto") || d.isEmpty()) {
            return CharsetDetector.detect(head, head.length, complete, null);
        }
        Charset cs;
        try {
            cs = Charset.forName(d.equalsIgnoreCase("GBK") || d.equalsIgnoreCase("GB2312") ? "GB18030" : d);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new UnreadableFileException(Message.of("import.reason.unknown_encoding", declared));
        }
        CharsetDetector.Detected detected = CharsetDetector.detect(head, head.length, complete, cs);
        // a BOM always wins: the file says what it is
        return detected.bomLength() > 0 ? detected : new CharsetDetector.Detected(cs, 0);
    }

    /** The declared delimiter, or the candidate that splits the first lines most consistently. */
    static char delimiter(FormatSpec format, FileSniffer.Type type, String sample) {
        String d = format.delimiter();
        if (d != null && !d.equalsIgnoreCase("auto") && !d.isEmpty()) {
            return d.equals("\\t") || d.equalsIgnoreCase("tab") ? '\t' : d.charAt(0);
        }
        if (type == FileSniffer.Type.TSV) return '\t';
        String[] lines = sample.split("\r?\n", 30);
        char best = ',';
        double bestScore = -1;
        for (char c : new char[] {',', '\t', ';', '|'}) {
            int[] counts = new int[Math.min(lines.length, 20)];
            int nonZero = 0;
            for (int i = 0; i < counts.length; i++) {
                counts[i] = count(lines[i], c);
                if (counts[i] > 0) nonZero++;
            }
            if (nonZero == 0) continue;
            int mode = mode(counts);
            int agree = 0;
            for (int n : counts) if (n == mode) agree++;
            double score = agree * 1000.0 + mode;
            if (score > bestScore) {
                bestScore = score;
                best = c;
            }
        }
        return best;
    }

    private static int count(String s, char c) {
        int n = 0;
        boolean q = false;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '"') q = !q;
            else if (ch == c && !q) n++;
        }
        return n;
    }

    private static int mode(int[] v) {
        java.util.Map<Integer, Integer> f = new java.util.HashMap<>();
        int best = 0;
        int bestN = -1;
        for (int x : v) {
            if (x == 0) continue;
            int n = f.merge(x, 1, Integer::sum);
            if (n > bestN || (n == bestN && x > best)) {
                best = x;
                bestN = n;
            }
        }
        return best;
    }

    private static Message rootReason(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        String m = t.getMessage();
        if (m == null) return ImportReasons.verbatim(t.getClass().getSimpleName());
        String lower = m.toLowerCase(Locale.ROOT);
        // POI's ZipSecureFile names an entry that inflates beyond any real sheet: say so rather than "incomplete"
        if (lower.contains("zip bomb")) return Message.of("import.reason.zip_bomb");
        return lower.contains("zip") ? Message.of("import.reason.incomplete_zip") : ImportReasons.verbatim(m);
    }
}
