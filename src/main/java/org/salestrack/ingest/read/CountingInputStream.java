package org.salestrack.ingest.read;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts the bytes read so that a reader can report progress through a file. */
final class CountingInputStream extends FilterInputStream implements CsvTableReader.CountingSource {
    private final long total;
    private volatile long count;

    CountingInputStream(InputStream in, long total) {
        super(in);
        this.total = total;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) count++;
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) count += n;
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long s = super.skip(n);
        count += s;
        return s;
    }

    @Override
    public long consumed() { return count; }

    @Override
    public long total() { return total; }
}
