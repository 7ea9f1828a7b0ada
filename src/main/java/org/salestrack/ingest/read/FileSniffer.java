package org.salestrack.ingest.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Tells what a file really is from its first bytes, so a misnamed or binary file is refused in words. */
public final class FileSniffer {
    public enum Type { CSV, TSV, XLSX, JSON, XLS, BINARY, EMPTY }

    private FileSniffer() {}

    public static byte[] head(Path file, int max) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(max);
        }
    }

    /** @param declared the profile's format type, or "auto" */
    public static Type sniff(Path file, byte[] head, String declared) {
        if (head.length == 0) return Type.EMPTY;
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) return Type.XLSX;
        if (head.length >= 4 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11
                && (head[3] & 0xFF) == 0xE0) {
            return Type.XLS;
        }
        if (looksBinary(head)) return Type.BINARY;
        String d = declared == null ? "auto" : declared.toLowerCase(Locale.ROOT);
        if (d.equals("json") || d.equals("jsonl")) return Type.JSON;
        if (d.equals("tsv")) return Type.TSV;
        if (d.equals("csv")) return Type.CSV;
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json") || name.endsWith(".jsonl") || name.endsWith(".ndjson")) return Type.JSON;
        if (name.endsWith(".tsv") || name.endsWith(".tab")) return Type.TSV;
        int i = 0;
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF) i = 3;
        while (i < head.length && Character.isWhitespace(head[i])) i++;
        if (i < head.length && (head[i] == '{' || head[i] == '[')) return Type.JSON;
        return Type.CSV;
    }

    /** NUL bytes outside a UTF-16 pattern, or many control bytes, mean this is not text. */
    private static boolean looksBinary(byte[] head) {
        int n = Math.min(head.length, 8192);
        if (n >= 2 && (((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) || ((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF))) {
            return false;
        }
        int zeros = 0;
        int control = 0;
        int zeroEven = 0;
        for (int i = 0; i < n; i++) {
            int b = head[i] & 0xFF;
            if (b == 0) {
                zeros++;
                if (i % 2 == 0) zeroEven++;
            } else if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) {
                control++;
            }
        }
        boolean utf16Pattern = zeros > n * 0.3 && (zeroEven < zeros * 0.05 || zeroEven > zeros * 0.95);
        if (zeros > 0 && !utf16Pattern) return true;
        return control > n * 0.05;
    }
}
