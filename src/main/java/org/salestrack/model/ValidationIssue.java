package org.salestrack.model;

/**
 * A stored finding as the Data quality screen lists it. {@code rowId} points into {@code fact} ("sale",
 * "sell_in"; null for an import row that was never stored); {@code lines} counts the lines it covers;
 * {@code hold} says it keeps them out of totals while open. {@code who}, {@code at} and {@code comment}
 * record the last review (or, while open, when it was found). {@code why} is the explanation in English;
 * {@code message} is the same as a message key and arguments, null on issues stored before there were keys.
 */
public record ValidationIssue(long id, Long batchId, String fileName, String fact, Long rowId, Integer sourceRow,
                              String rule, Severity severity, String why, IssueStatus status, boolean hold, int lines,
                              String who, String at, String comment, Message message) {}
