package org.salestrack.ingest;

/**
 * When a file with bad rows is still stored: good rows are stored and bad rows quarantined with their
 * reasons, unless more than {@code maxBadShare} of the rows are bad, which means the file or its profile
 * is wrong and storing part of it would mislead; then the whole file is refused.
 */
public record ImportPolicy(double maxBadShare) {
    public static final ImportPolicy DEFAULT = new ImportPolicy(0.05);

    public boolean rejects(long read, long bad) {
        return read == 0 || bad == read || bad > maxBadShare * read;
    }
}
