package org.salestrack.model.cube;

import org.salestrack.model.Dimension;

/** One step of a drill path: the member a click narrowed a dimension to, and the label it showed. */
public record DrillStep(Dimension dim, String key, String label) {}
