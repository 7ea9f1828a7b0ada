package org.salestrack.model.lines;

import java.util.List;

/** One page of lines and the cursor after its last line (null when there are no more). */
public record LinePage(List<StoredLine> lines, LineCursor next) {}
