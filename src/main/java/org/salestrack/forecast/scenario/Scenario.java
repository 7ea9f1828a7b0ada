package org.salestrack.forecast.scenario;

import org.salestrack.model.InvalidInput;
import java.util.List;
import org.salestrack.model.ScenarioDefinition;

/**
 * A named list of drivers applied in order. Multiplicative drivers commute with each other; a channel shift
 * moves whatever the drivers before it left in the source channel, so put it where the story needs it.
 */
public record Scenario(String name, List<ScenarioDriver> drivers) {
    public Scenario {
        if (name == null || name.isBlank()) throw InvalidInput.of("input.scenario.name");
        drivers = List.copyOf(drivers);
    }

    public static Scenario of(String name, ScenarioDriver... drivers) {
        return new Scenario(name, List.of(drivers));
    }

    public ForecastSet apply(ForecastSet base) {
        ForecastSet result = base;
        for (ScenarioDriver driver : drivers) result = driver.apply(result);
        return result;
    }

    public ScenarioDefinition toDefinition() {
        return new ScenarioDefinition(name, drivers.stream().map(ScenarioDriver::toSpec).toList());
    }

    public static Scenario fromDefinition(ScenarioDefinition definition) {
        return new Scenario(definition.name(), definition.drivers().stream().map(ScenarioDrivers::fromSpec).toList());
    }
}
