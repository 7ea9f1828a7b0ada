package org.salestrack.model.report;

/** Validation issues of one rule and severity counted by review status: a row of the workbook's quality sheet (model.IssueCount is one status's count). */
public record IssuesByStatus(String rule, String severity, long open, long accepted, long rejected) {}
