package org.salestrack.ingest;

import java.nio.file.Path;
import org.salestrack.model.BatchStatus;

/** What became of one file (or one sheet of a workbook): its import result, or the refusal and its reasons. */
public record FileOutcome(Path file, ImportResult result, ImportRejectedException refusal) {

    public static FileOutcome stored(Path file, ImportResult result) { return new FileOutcome(file, result, null); }

    public static FileOutcome refused(Path file, ImportRejectedException refusal) { return new FileOutcome(file, null, refusal); }

    /** The reason the file was refused, in English, or null when it was not. */
    public String refused() { return refusal == null ? null : refusal.getMessage(); }

    /** True when this file became a new batch (not refused, not already imported). */
    public boolean newBatch() { return result != null && result.status() == BatchStatus.STORED; }
}
