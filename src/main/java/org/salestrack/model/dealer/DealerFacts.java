package org.salestrack.model.dealer;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the dealer engines read from a workspace: the register, each dealer's months, the cities each
 * dealer sold in by month (its sell-through lines and its stores' sales), and the cities of each province
 * the workspace knows (where the brand sold anything), keyed by province code; the counties (GB/T 2260 codes)
 * each dealer sold in by month, where its lines or its stores name one; and each dealer's imported service
 * tickets by the month they were opened, which decide its 48 h share where it has any.
 */
public record DealerFacts(List<DealerProfile> dealers, Map<String, List<DealerMonth>> months,
                          Map<String, Map<YearMonth, Set<String>>> citiesSold, Map<String, List<String>> provinceCities,
                          Map<String, Map<YearMonth, ServiceTickets>> tickets,
                          Map<String, Map<YearMonth, Set<String>>> countiesSold) {
    public DealerFacts {
        dealers = List.copyOf(dealers);
        months = Map.copyOf(months);
        citiesSold = Map.copyOf(citiesSold);
        provinceCities = Map.copyOf(provinceCities);
        tickets = Map.copyOf(tickets);
        countiesSold = Map.copyOf(countiesSold);
    }

    /** Facts without counties (files that name none): coverage is counted in cities. */
    public DealerFacts(List<DealerProfile> dealers, Map<String, List<DealerMonth>> months,
                       Map<String, Map<YearMonth, Set<String>>> citiesSold, Map<String, List<String>> provinceCities,
                       Map<String, Map<YearMonth, ServiceTickets>> tickets) {
        this(dealers, months, citiesSold, provinceCities, tickets, Map.of());
    }

    /** The same facts with the dealers' service tickets. */
    public DealerFacts withTickets(Map<String, Map<YearMonth, ServiceTickets>> byDealer) {
        return new DealerFacts(dealers, months, citiesSold, provinceCities, byDealer, countiesSold);
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
