package org.salestrack.model.report;

/**
 * What one import batch kept out of the totals: source rows quarantined because they could not be read,
 * sale lines held by a rule or on review, and duplicate lines counted once elsewhere.
 */
public record QuarantineLine(long batchId, String file, long quarantinedRows, long heldLines, long heldE4,
                             long duplicateLines) {}
