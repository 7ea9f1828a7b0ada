package org.salestrack.validate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values of one rule's parameters: the defaults overlaid with what the user set, each checked against
 * its type and range. Converts to and from a plain map so the service can keep it as a JSON object.
 */
public final class RuleParameters {
    private final Map<String, Object> values;

    private RuleParameters(Map<String, Object> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    public static RuleParameters defaults(List<RuleParameter> specs) {
        return of(specs, Map.of());
    }

    /** Defaults overlaid with {@code overrides}; an unknown name or a bad value is an error naming it. */
    public static RuleParameters of(List<RuleParameter> specs, Map<String, ?> overrides) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (RuleParameter p : specs) values.put(p.name(), p.defaultValue());
        for (Map.Entry<String, ?> e : overrides.entrySet()) {
            RuleParameter spec = specs.stream().filter(p -> p.name().equals(e.getKey())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown parameter '" + e.getKey()
                            + "'; this rule takes " + specs.stream().map(RuleParameter::name).toList()));
            values.put(spec.name(), spec.coerce(e.getValue()));
        }
        return new RuleParameters(values);
    }

    public long integer(String name) { return (Long) get(name); }

    public int integerAsInt(String name) { return Math.toIntExact(integer(name)); }

    public double decimal(String name) { return (Double) get(name); }

    public String text(String name) { return (String) get(name); }

    public boolean bool(String name) { return (Boolean) get(name); }

    /** Name to value in declaration order, ready to write as a JSON object. */
    public Map<String, Object> asMap() { return values; }

    private Object get(String name) {
        Object v = values.get(name);
        if (v == null) throw new IllegalArgumentException("no parameter '" + name + "'");
        return v;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RuleParameters other && values.equals(other.values);
    }

    @Override
    public int hashCode() { return values.hashCode(); }

    @Override
    public String toString() { return values.toString(); }
}
