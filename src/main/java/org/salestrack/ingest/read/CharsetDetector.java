package org.salestrack.ingest.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Picks a text file's charset as DESIGN.md orders it: BOM, then strict UTF-8, then GB18030, then the
 * profile's declared fallback. Generic detectors misread mostly-ASCII GBK files, so none is used.
 */
public final class CharsetDetector {
    public static final Charset GB18030 = Charset.forName("GB18030");

    private CharsetDetector() {}

    /** The charset and the number of BOM bytes to skip. */
    public record Detected(Charset charset, int bomLength) {}

    /**
     * @param sample the first bytes of the file (a few hundred KB is plenty)
     * @param complete whether the sample is the whole file (else a multi-byte char may be cut at its end)
     * @param fallback used when neither UTF-8 nor GB18030 decodes the sample strictly
     */
    public static Detected detect(byte[] sample, int length, boolean complete, Charset fallback) {
        if (length >= 3 && (sample[0] & 0xFF) == 0xEF && (sample[1] & 0xFF) == 0xBB && (sample[2] & 0xFF) == 0xBF) {
            return new Detected(StandardCharsets.UTF_8, 3);
        }
        if (length >= 2 && (sample[0] & 0xFF) == 0xFF && (sample[1] & 0xFF) == 0xFE) {
            return new Detected(StandardCharsets.UTF_16LE, 2);
        }
        if (length >= 2 && (sample[0] & 0xFF) == 0xFE && (sample[1] & 0xFF) == 0xFF) {
            return new Detected(StandardCharsets.UTF_16BE, 2);
        }
        Charset utf16 = utf16WithoutBom(sample, length);
        if (utf16 != null) return new Detected(utf16, 0);
        int usable = complete ? length : trimIncompleteTail(sample, length);
        if (decodes(StandardCharsets.UTF_8, sample, usable)) return new Detected(StandardCharsets.UTF_8, 0);
        if (decodes(GB18030, sample, complete ? length : trimGbTail(sample, length))) return new Detected(GB18030, 0);
        return new Detected(fallback == null ? Charset.forName("windows-1252") : fallback, 0);
    }

    /** Text of mostly ASCII in UTF-16 without a BOM shows a zero in every other byte. */
    private static Charset utf16WithoutBom(byte[] b, int length) {
        int n = Math.min(length, 4096) & ~1;
        if (n < 8) return null;
        int evenZero = 0;
        int oddZero = 0;
        for (int i = 0; i < n; i += 2) {
            if (b[i] == 0) evenZero++;
            if (b[i + 1] == 0) oddZero++;
        }
        int pairs = n / 2;
        if (oddZero > pairs * 0.4 && evenZero < pairs * 0.05) return StandardCharsets.UTF_16LE;
        if (evenZero > pairs * 0.4 && oddZero < pairs * 0.05) return StandardCharsets.UTF_16BE;
        return null;
    }

    private static boolean decodes(Charset cs, byte[] b, int length) {
        CharsetDecoder d = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            d.decode(ByteBuffer.wrap(b, 0, length));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Drops a UTF-8 sequence cut off by the end of the sample. */
    private static int trimIncompleteTail(byte[] b, int length) {
        int i = length - 1;
        int back = 0;
        while (i >= 0 && back < 4 && (b[i] & 0xC0) == 0x80) {
            i--;
            back++;
        }
        if (i < 0) return length;
        int lead = b[i] & 0xFF;
        int need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        return need > back + 1 ? i : length;
    }

    /** GB18030 characters are one, two or four bytes; cut at the last ASCII byte to be safe. */
    private static int trimGbTail(byte[] b, int length) {
        for (int i = length - 1; i >= 0 && i >= length - 8; i--) {
            if ((b[i] & 0x80) == 0) return i + 1;
        }
        return length;
    }
}
