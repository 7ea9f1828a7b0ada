package org.salestrack.forecast.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.salestrack.model.ScenarioDefinition;
import org.salestrack.model.ScenarioDriverSpec;

class ScenarioSerialisationTest {
    private static final Scenario SCENARIO = Scenario.of("Q3 push",
            new PriceChange("*", -0.05, -1.8, 0),
            new Promotion("online", "618", 2, 3, 1.35),
            new CompetitorLaunch("stores", 4, 0.2, 6, 0.05),
            new ChannelShift("stores", "online", 0.1, 1));

    @Test
    void aScenarioBecomesPlainMapsAndListsAndComesBackEqual() {
        Map<String, Object> map = SCENARIO.toDefinition().toMap();

        assertThat(map).containsEntry("name", "Q3 push");
        assertThat((List<?>) map.get("drivers")).first().isEqualTo(
                Map.of("type", "price", "target", "*", "priceChange", -0.05, "elasticity", -1.8, "fromStep", 0));
        assertThat(Scenario.fromDefinition(ScenarioDefinition.fromMap(map))).isEqualTo(SCENARIO);
    }

    @Test
    void handWrittenJsonWithTextNumbersAndDefaultsIsRead() {
        Map<String, Object> map = Map.of("name", "cut", "drivers", List.of(
                Map.of("type", "price", "target", "online", "priceChange", "-0.1", "elasticity", -2),
                Map.of("type", "competitor", "target", "online", "dipStep", 3, "depth", 0.25, "recoveryLength", 4L)));

        Scenario scenario = Scenario.fromDefinition(ScenarioDefinition.fromMap(map));

        assertThat(scenario.drivers()).containsExactly(new PriceChange("online", -0.1, -2, 0), new CompetitorLaunch("online", 3, 0.25, 4, 0));
    }

    @Test
    void aBadDriverSaysWhatIsWrong() {
        assertThatThrownBy(() -> ScenarioDrivers.fromSpec(new ScenarioDriverSpec("discount", Map.of())))
                .hasMessageContaining("unknown driver type \"discount\"");
        assertThatThrownBy(() -> ScenarioDrivers.fromSpec(new ScenarioDriverSpec("promotion", Map.of("target", "online", "startStep", 1, "length", 2))))
                .hasMessageContaining("\"uplift\" is missing");
        assertThatThrownBy(() -> ScenarioDrivers.fromSpec(new ScenarioDriverSpec("promotion", Map.of("target", "online", "startStep", 1.5, "length", 2, "uplift", 1.2))))
                .hasMessageContaining("whole number");
    }
}
