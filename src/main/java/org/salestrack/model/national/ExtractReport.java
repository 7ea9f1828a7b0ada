package org.salestrack.model.national;

/** What an extract brought into a fresh workspace: the batches that have lines in the selection, their lines, how many count. */
public record ExtractReport(String store, String user, int batches, long lines, long counted) {}
