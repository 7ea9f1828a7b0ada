package org.salestrack.ingest;

import java.util.List;
import org.salestrack.ingest.map.RowError;

/** What one file's import did; {@code status} is "stored" or "already-imported" (nothing added). */
public record ImportResult(long batchId, String file, String sha256, String profile, String kind, long read, long stored,
                           long quarantined, long rejected, long duplicates, String status, List<RowError> errors) {}
