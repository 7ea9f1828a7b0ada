package org.salestrack.model.alert;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The view that shows an alert: a screen id, the date range to set, and the members to filter on
 * (dimension id, e.g. "province", to member key). Null dates leave the range alone.
 */
public record AlertLink(String screen, String from, String to, Map<String, String> filters) {
    public AlertLink {
        filters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(filters));
    }

    public static AlertLink to(String screen) { return new AlertLink(screen, null, null, Map.of()); }
}
