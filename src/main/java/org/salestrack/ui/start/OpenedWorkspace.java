package org.salestrack.ui.start;

import org.salestrack.analytics.explore.ExploreService;
import org.salestrack.pipeline.ImportPipeline;
import org.salestrack.model.cube.Slice;
import org.salestrack.ui.ScreenServices;

/** An opened workspace's services, and the span of its sales (null when it has none). {@code screens} may be null. */
public record OpenedWorkspace(String name, ExploreService explore, ImportPipeline imports, Slice span, ScreenServices screens) {}
