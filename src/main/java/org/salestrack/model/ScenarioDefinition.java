package org.salestrack.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A named, saved what-if scenario: its drivers in the order they are applied. */
public record ScenarioDefinition(String name, List<ScenarioDriverSpec> drivers) {
    public ScenarioDefinition {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("a scenario needs a name");
        drivers = List.copyOf(drivers);
    }

    /** The JSON-able form: {"name": ..., "drivers": [{"type": ..., ...}, ...]}. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", name);
        map.put("drivers", drivers.stream().map(ScenarioDriverSpec::toMap).toList());
        return map;
    }

    public static ScenarioDefinition fromMap(Map<String, ?> map) {
        Object name = map.get("name");
        if (!(name instanceof String text)) throw new IllegalArgumentException("a scenario needs a \"name\" string, got " + name);
        Object drivers = map.get("drivers");
        List<ScenarioDriverSpec> specs = new ArrayList<>();
        if (drivers != null) {
            if (!(drivers instanceof List<?> list)) throw new IllegalArgumentException("scenario " + text + ": \"drivers\" must be a list");
            for (Object driver : list) {
                if (!(driver instanceof Map<?, ?> fields)) throw new IllegalArgumentException("scenario " + text + ": each driver must be an object");
                Map<String, Object> copy = new LinkedHashMap<>();
                fields.forEach((k, v) -> copy.put(String.valueOf(k), v));
                specs.add(ScenarioDriverSpec.fromMap(copy));
            }
        }
        return new ScenarioDefinition(text, specs);
    }
}
