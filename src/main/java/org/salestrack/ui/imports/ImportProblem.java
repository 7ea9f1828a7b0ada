package org.salestrack.ui.imports;

/** A problem to show in the errors table: file, row, column, value and reason, never a stack trace. */
public record ImportProblem(String file, String row, String column, String value, String reason) {}
