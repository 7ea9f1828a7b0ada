package org.salestrack.model;

import java.util.List;

/**
 * An issue with what a reviewer needs to judge it: the lines it covers and the rows around the first one
 * in the same file (by source row), so a pasted block or a burst shows as a block.
 */
public record IssueDetail(ValidationIssue issue, List<SourceRow> lines, List<SourceRow> neighbours) {

    public IssueDetail {
        lines = List.copyOf(lines);
        neighbours = List.copyOf(neighbours);
    }
}
