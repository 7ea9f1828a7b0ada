package org.salestrack.model;

import java.time.LocalDateTime;

/** A scenario as saved in the workspace: when, on which base (series key and model), and its drivers. */
public record SavedScenario(String name, LocalDateTime at, String base, ScenarioDefinition definition) {}
