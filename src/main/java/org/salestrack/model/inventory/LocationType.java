package org.salestrack.model.inventory;

import java.util.Locale;

/** Where stock is held: a store's shelf or a dealer's warehouse (the stock table's location_type). */
public enum LocationType {
    STORE, DEALER;

    public String code() { return name().toLowerCase(Locale.ROOT); }

    public static LocationType of(String code) {
        return switch (code == null ? "" : code.toLowerCase(Locale.ROOT)) {
            case "dealer", "warehouse" -> DEALER;
            default -> STORE;
        };
    }
}
