package org.salestrack.forecast.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.salestrack.model.ScenarioComparison;
import org.salestrack.model.ScenarioComparisonRow;

class ScenarioComparatorTest {
    private static final ForecastSet BASE = ForecastSet.of(List.of("W1", "W2", "W3"), List.of(
            ForecastPaths.ofMean("online", 100, 100, 100), ForecastPaths.ofMean("stores", 50, 50, 50)));
    private static final Scenario PROMO = Scenario.of("promo", new Promotion("online", "618", 1, 1, 1.5));
    private static final Scenario LAUNCH = Scenario.of("launch", new CompetitorLaunch("*", 0, 0.2, 2));

    @Test
    void comparesBaseAndScenariosPeriodByPeriodWithTotals() {
        ScenarioComparison comparison = ScenarioComparator.compare(BASE, List.of(PROMO, LAUNCH), "online");

        assertThat(comparison.scenarioNames()).containsExactly("promo", "launch");
        assertThat(comparison.rows()).extracting(ScenarioComparisonRow::period).containsExactly("W1", "W2", "W3");
        assertThat(comparison.rows().get(0).scenarios()).containsExactly(100.0, 80.0);
        assertThat(comparison.rows().get(1).scenarios().get(0)).isCloseTo(150.0, within(1e-9));
        assertThat(comparison.rows().get(1).scenarios().get(1)).isCloseTo(90.0, within(1e-9));
        assertThat(comparison.totals().base()).isEqualTo(300);
        assertThat(comparison.totals().scenarios().get(0)).isCloseTo(350, within(1e-9));
        assertThat(comparison.totals().scenarios().get(1)).isCloseTo(270, within(1e-9));
        assertThat(comparison.totals().difference(0)).isCloseTo(50, within(1e-9));
        assertThat(comparison.totals().relativeDifference(1)).isCloseTo(-0.1, within(1e-12));
    }

    @Test
    void theTotalComparisonSumsEverySeries() {
        ScenarioComparison comparison = ScenarioComparator.compare(BASE, List.of(PROMO, LAUNCH), ScenarioComparator.TOTAL);

        assertThat(comparison.rows().get(1).base()).isEqualTo(150);
        assertThat(comparison.rows().get(1).scenarios().get(0)).isCloseTo(200, within(1e-9));
        assertThat(comparison.rows().get(0).scenarios().get(1)).isCloseTo(120, within(1e-9));
        assertThat(comparison.totals().scenarios().get(0)).isCloseTo(500, within(1e-9));
    }
}
