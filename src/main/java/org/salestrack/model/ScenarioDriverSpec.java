package org.salestrack.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One what-if driver as plain data: a type ("price", "promotion", "competitor", "channel-shift") and its
 * parameters as strings and numbers, so it can be stored as JSON and read back by the forecast engine.
 */
public record ScenarioDriverSpec(String type, Map<String, Object> parameters) {
    public ScenarioDriverSpec {
        if (type == null || type.isBlank()) throw new IllegalArgumentException("a driver needs a type");
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** The JSON-able form: {"type": ..., then the parameters}. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("type", type);
        map.putAll(parameters);
        return map;
    }

    public static ScenarioDriverSpec fromMap(Map<String, ?> map) {
        Object type = map.get("type");
        if (!(type instanceof String text)) throw new IllegalArgumentException("a driver needs a \"type\" string, got " + type);
        Map<String, Object> parameters = new LinkedHashMap<>(map);
        parameters.remove("type");
        return new ScenarioDriverSpec(text, parameters);
    }
}
