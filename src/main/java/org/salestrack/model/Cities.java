package org.salestrack.model;

/**
 * One spelling per city: sources write 深圳 or 深圳市 for the same city, and without this the explorer, the
 * filters and the city rankings would show both. The 市 suffix is dropped when at least two characters
 * remain (沙市 stays); anything else is kept as written, trimmed.
 */
public final class Cities {
    private Cities() {}

    public static String canonical(String city) {
        if (city == null) return null;
        String c = city.strip();
        if (c.length() >= 3 && c.endsWith("市")) return c.substring(0, c.length() - 1);
        return c;
    }
}
