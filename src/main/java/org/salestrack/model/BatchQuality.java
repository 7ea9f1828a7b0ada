package org.salestrack.model;

/**
 * How clean one import batch is; {@code validated} says whether the rules have run on it since its import
 * (before that the score means nothing and a screen says so). {@code score} is 100 x (lines - lines with an open or rejected error
 * - 1/4 of the other lines with an open warning) / lines, to one decimal: 100 is clean, an error costs
 * a whole line, a warning a quarter of one. Accepting an issue gives its lines back.
 */
public record BatchQuality(long batchId, String fileName, String kind, long lines, long errorLines,
                           long warningLines, long openIssues, double score, boolean validated) {}
