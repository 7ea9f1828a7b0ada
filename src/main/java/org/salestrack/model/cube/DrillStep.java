package org.salestrack.model.cube;

/** One step of a drill path: the member a click narrowed a dimension to, and the label it showed. */
public record DrillStep(Dim dim, String key, String label) {}
