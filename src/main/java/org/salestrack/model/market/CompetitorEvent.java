package org.salestrack.model.market;

import java.time.LocalDate;
import java.util.List;

/**
 * A competitor's move: a launch, a price cut or a promotion of one model, in some provinces (none:
 * nationwide).
 *
 * @param provinces GB/T 2260 codes; empty when the event was nationwide
 * @param category  the category it competes in, or null for every category
 */
public record CompetitorEvent(long id, String brand, String model, LocalDate date, EventKind kind, List<String> provinces,
                              String category, Long priceBeforeE4, Long priceAfterE4) {
    public CompetitorEvent {
        provinces = List.copyOf(provinces);
    }

    public boolean nationwide() { return provinces.isEmpty(); }
}
