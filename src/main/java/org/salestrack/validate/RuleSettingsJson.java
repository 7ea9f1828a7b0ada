package org.salestrack.validate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.salestrack.model.Severity;

/**
 * The JSON form of rule settings, as a rules file ({@code validate --rules R.json}) and as stored per rule:
 * <pre>{"store-spike": {"enabled": true, "severity": "error", "params": {"maxRatio": 2.5}}, ...}</pre>
 * Every key of a rule's object is optional; a rule left out keeps its defaults.
 */
public final class RuleSettingsJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private RuleSettingsJson() {}

    public static Map<String, RuleSetting> read(Path file) {
        try {
            Map<String, Object> root = MAPPER.readValue(file.toFile(), new TypeReference<LinkedHashMap<String, Object>>() {});
            Map<String, RuleSetting> out = new LinkedHashMap<>();
            root.forEach((rule, value) -> out.put(rule, setting(rule, value)));
            return out;
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read rules file " + file + ": " + e.getMessage(), e);
        }
    }

    /** One rule's object: enabled, severity, params. */
    @SuppressWarnings("unchecked")
    static RuleSetting setting(String rule, Object value) {
        if (!(value instanceof Map<?, ?> m)) {
            throw new IllegalArgumentException("rule '" + rule + "' must be an object with enabled, severity and params");
        }
        for (Object key : m.keySet()) {
            if (!key.equals("enabled") && !key.equals("severity") && !key.equals("params")) {
                throw new IllegalArgumentException("rule '" + rule + "': unknown key '" + key + "' (use enabled, severity, params)");
            }
        }
        Object enabled = m.containsKey("enabled") ? m.get("enabled") : Boolean.TRUE;
        if (!(enabled instanceof Boolean)) throw new IllegalArgumentException("rule '" + rule + "': enabled must be true or false");
        Object severity = m.get("severity");
        Object params = m.containsKey("params") ? m.get("params") : Map.of();
        if (!(params instanceof Map)) throw new IllegalArgumentException("rule '" + rule + "': params must be an object");
        return new RuleSetting((Boolean) enabled, severity == null ? null : Severity.parse(severity.toString()),
                (Map<String, Object>) params);
    }

    /** The params object as stored text. */
    public static String params(Map<String, Object> params) {
        try {
            return MAPPER.writeValueAsString(params);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Map<String, Object> params(String json) {
        if (json == null || json.isBlank()) return Map.of();
        try {
            return MAPPER.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("stored rule parameters are not a JSON object: " + json, e);
        }
    }
}
