package org.salestrack.model;

/** A source row the importer could not store (a required field missing or unparseable), with its reason. */
public record ImportReject(long batchId, String fileName, int sourceRow, String reason) {}
