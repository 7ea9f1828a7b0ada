package org.salestrack.model;

/** One imported file as the workspace records it (table import_batch). */
public record ImportBatch(long id, String fileName, String sha256, String kind, String profile, long read, long stored,
                          long quarantined, long rejected, long duplicates, BatchStatus status, String startedAt,
                          String finishedAt) {}
