package org.salestrack.model;

/**
 * A source row the importer could not store (a required field missing or unparseable), with its reason: {@code reason}
 * in English as stored, {@code why} the same by key for the workbench's language.
 */
public record ImportReject(long batchId, String fileName, int sourceRow, String reason, Message why) {
    /** The key of a reason that has no key of its own, shown as it is (as the importer's {@code ImportReasons.verbatim}). */
    public static final String VERBATIM = "import.reason.verbatim";

    /** A row stored without its reason's key (before the key was kept): the English reason, shown as it is. */
    public ImportReject(long batchId, String fileName, int sourceRow, String reason) {
        this(batchId, fileName, sourceRow, reason, Message.of(VERBATIM, reason == null ? "" : reason));
    }
}
