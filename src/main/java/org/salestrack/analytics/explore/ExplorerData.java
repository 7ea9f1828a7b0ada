package org.salestrack.analytics.explore;

import java.util.List;
import org.salestrack.model.Dimension;
import org.salestrack.model.cube.Grain;
import org.salestrack.model.cube.Slice;

/** The explorer's rows for one slice and level, with the period columns they are split by and the level's grand total. */
public record ExplorerData(Slice slice, Dimension dim, Grain grain, List<String> periods, List<ExplorerRow> rows, ExplorerRow total) {}
