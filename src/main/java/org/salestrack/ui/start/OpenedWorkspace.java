package org.salestrack.ui.start;

import org.salestrack.analytics.explore.ExploreService;
import org.salestrack.ingest.ImportService;
import org.salestrack.model.cube.Slice;

/** An opened workspace's services, and the span of its sales (null when it has none). */
public record OpenedWorkspace(String name, ExploreService explore, ImportService imports, Slice span) {}
