package org.salestrack.model.dealer;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the dealer engines read from a workspace: the register, each dealer's months, the cities each
 * dealer sold in by month (its sell-through lines and its stores' sales), and the cities of each province
 * the workspace knows (where the brand sold anything), keyed by province code; and each dealer's imported
 * service tickets by the month they were opened, which decide its 48 h share where it has any.
 */
public record DealerFacts(List<DealerProfile> dealers, Map<String, List<DealerMonth>> months,
                          Map<String, Map<YearMonth, Set<String>>> citiesSold, Map<String, List<String>> provinceCities,
                          Map<String, Map<YearMonth, ServiceTickets>> tickets) {
    public DealerFacts {
        dealers = List.copyOf(dealers);
        months = Map.copyOf(months);
        citiesSold = Map.copyOf(citiesSold);
        provinceCities = Map.copyOf(provinceCities);
        tickets = Map.copyOf(tickets);
    }

    /** The same facts with the dealers' service tickets. */
    public DealerFacts withTickets(Map<String, Map<YearMonth, ServiceTickets>> byDealer) {
        return new DealerFacts(dealers, months, citiesSold, provinceCities, byDealer);
    }

    /** The last month with any dealer sell-in or sell-out, or null for a workspace without dealer facts. */
    public YearMonth lastMonth() {
        return months.values().stream().flatMap(List::stream).filter(m -> m.sellOutQty() != 0 || m.sellInQty() != 0)
                .map(DealerMonth::month).max(YearMonth::compareTo).orElse(null);
    }

    public YearMonth firstMonth() {
        return months.values().stream().flatMap(List::stream).filter(m -> m.sellOutQty() != 0 || m.sellInQty() != 0)
                .map(DealerMonth::month).min(YearMonth::compareTo).orElse(null);
    }
}
