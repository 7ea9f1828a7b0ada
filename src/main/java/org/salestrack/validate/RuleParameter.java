package org.salestrack.validate;

import java.util.Objects;

/**
 * One tunable setting of a rule: its name (the key in the rules JSON), type, default and allowed range.
 * The range is inclusive; null bounds are open.
 */
public record RuleParameter(String name, Type type, Object defaultValue, Double min, Double max, String description) {

    public enum Type { INTEGER, DECIMAL, TEXT, BOOLEAN }

    public RuleParameter {
        Objects.requireNonNull(name);
        Objects.requireNonNull(type);
        defaultValue = coerce(name, type, defaultValue, min, max);
    }

    public static RuleParameter integer(String name, long defaultValue, long min, long max, String description) {
        return new RuleParameter(name, Type.INTEGER, defaultValue, (double) min, (double) max, description);
    }

    public static RuleParameter decimal(String name, double defaultValue, double min, double max, String description) {
        return new RuleParameter(name, Type.DECIMAL, defaultValue, min, max, description);
    }

    public static RuleParameter text(String name, String defaultValue, String description) {
        return new RuleParameter(name, Type.TEXT, defaultValue, null, null, description);
    }

    /** The value in this parameter's Java type (Long, Double, String, Boolean), or an error naming it. */
    public Object coerce(Object value) {
        return coerce(name, type, value, min, max);
    }

    private static Object coerce(String name, Type type, Object value, Double min, Double max) {
        if (value == null) throw new IllegalArgumentException("parameter '" + name + "' needs a value");
        Object typed = switch (type) {
            case INTEGER -> {
                if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) yield n.longValue();
                if (value instanceof String s && s.trim().matches("-?\\d+")) yield Long.parseLong(s.trim());
                throw wrongType(name, "a whole number", value);
            }
            case DECIMAL -> {
                if (value instanceof Number n) yield n.doubleValue();
                if (value instanceof String s) {
                    try {
                        yield Double.parseDouble(s.trim());
                    } catch (NumberFormatException e) {
                        throw wrongType(name, "a number", value);
                    }
                }
                throw wrongType(name, "a number", value);
            }
            case TEXT -> value.toString();
            case BOOLEAN -> {
                if (value instanceof Boolean b) yield b;
                if (value instanceof String s && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false"))) {
                    yield Boolean.parseBoolean(s);
                }
                throw wrongType(name, "true or false", value);
            }
        };
        if (typed instanceof Number n) {
            double d = n.doubleValue();
            if ((min != null && d < min) || (max != null && d > max)) {
                throw new IllegalArgumentException("parameter '" + name + "' must lie between " + plain(min)
                        + " and " + plain(max) + ", not " + value);
            }
        }
        return typed;
    }

    private static IllegalArgumentException wrongType(String name, String wanted, Object value) {
        return new IllegalArgumentException("parameter '" + name + "' must be " + wanted + ", not '" + value + "'");
    }

    private static String plain(Double bound) {
        if (bound == null) return "any";
        return bound == Math.rint(bound) ? Long.toString(bound.longValue()) : bound.toString();
    }
}
