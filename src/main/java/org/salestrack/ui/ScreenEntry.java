package org.salestrack.ui;

import java.util.function.Function;

/** A navigation entry: an id, its label key in the bundles, and how to build the screen. */
public record ScreenEntry(String id, String titleKey, Function<WorkbenchContext, Screen> factory) {}
