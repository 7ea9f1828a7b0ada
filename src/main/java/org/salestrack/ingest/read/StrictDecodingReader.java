package org.salestrack.ingest.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;

/**
 * Decodes strictly, and hands over every char before a byte the encoding cannot hold before it reports that
 * byte: the JDK's reader drops the chars decoded in the same read, so the line the table reader names would be
 * the line it had reached, not the line with the bad byte.
 */
final class StrictDecodingReader extends Reader {
    private final InputStream in;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
    private boolean eof;
    private boolean malformed;

    StrictDecodingReader(InputStream in, Charset charset) {
        this.in = in;
        this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        bytes.flip();
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        if (len == 0) return 0;
        if (malformed) throw new MalformedInputException(1);
        CharBuffer out = CharBuffer.wrap(buf, off, len);
        while (true) {
            CoderResult r = decoder.decode(bytes, out, eof);
            if (r.isError()) {
                malformed = true;
                if (out.position() > off) return out.position() - off;
                throw new MalformedInputException(r.length());
            }
            if (r.isOverflow()) return out.position() - off;
            // underflow: everything given is decoded; more bytes, or the end
            if (out.position() > off && in.available() <= 0 && !eof) return out.position() - off;
            if (eof) {
                decoder.flush(out);
                return out.position() > off ? out.position() - off : -1;
            }
            bytes.compact();
            int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (n < 0) eof = true;
            else bytes.position(bytes.position() + n);
            bytes.flip();
        }
    }

    @Override
    public void close() throws IOException { in.close(); }
}
