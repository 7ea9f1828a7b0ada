package org.salestrack.ingest.watch;

/** What a scan sees of a file: its size and last-modified time. Equal stamps on two scans mean nobody wrote in between. */
public record FileStamp(long size, long modifiedMillis) {}
