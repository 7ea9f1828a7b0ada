package org.salestrack.model;

import java.util.List;

/** One period (or the totals) of a scenario comparison: the base forecast and each scenario's value. */
public record ScenarioComparisonRow(String period, double base, List<Double> scenarios) {
    public ScenarioComparisonRow {
        scenarios = List.copyOf(scenarios);
    }

    /** Scenario k minus the base. */
    public double difference(int scenario) {
        return scenarios.get(scenario) - base;
    }

    /** Scenario k against the base as a fraction (0.05 = 5% more); NaN when the base is zero. */
    public double relativeDifference(int scenario) {
        return base == 0 ? Double.NaN : difference(scenario) / base;
    }
}
