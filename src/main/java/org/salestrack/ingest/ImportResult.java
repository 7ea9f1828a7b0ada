package org.salestrack.ingest;

import java.util.List;
import org.salestrack.ingest.map.RowError;
import org.salestrack.model.BatchStatus;

/** What one file's import did; {@code status} is STORED or ALREADY_IMPORTED (nothing added). */
public record ImportResult(long batchId, String file, String sha256, String profile, String kind, long read, long stored,
                           long quarantined, long rejected, long duplicates, BatchStatus status, List<RowError> errors) {}
