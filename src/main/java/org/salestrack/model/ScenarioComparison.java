package org.salestrack.model;

import java.util.List;

/**
 * Base forecast and scenarios side by side for one series (or the total over all series): one row per
 * period, and a totals row over the horizon. Scenario k's values are at index k of each row.
 */
public record ScenarioComparison(String seriesId, List<String> scenarioNames, List<ScenarioComparisonRow> rows,
                                 ScenarioComparisonRow totals) {
    public ScenarioComparison {
        scenarioNames = List.copyOf(scenarioNames);
        rows = List.copyOf(rows);
    }
}
