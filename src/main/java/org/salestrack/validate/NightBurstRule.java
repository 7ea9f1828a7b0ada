package org.salestrack.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.salestrack.model.ChannelType;
import org.salestrack.model.Message;
import org.salestrack.model.RuleHit;
import org.salestrack.model.SaleFact;
import org.salestrack.model.Severity;

/**
 * Online orders placed in the small hours, when real buyers are scarce and scripted ones are not. Each order
 * is flagged once (on its first line, its other lines held with it) at the configured severity; when one customer, or one ship-to address, places several distinct
 * orders in the same night window, all of them are escalated to error and held (fake orders inflate a
 * platform's ranking and a dealer's rebate).
 */
public final class NightBurstRule implements Rule {
    public static final String ID = "night-burst";
    static final String FROM = "fromHour";
    static final String TO = "toHour";
    static final String BURST = "burstOrders";

    @Override public String id() { return ID; }

    @Override public Severity defaultSeverity() { return Severity.WARNING; }

    @Override public String description() {
        return "An online order placed at night; escalated to error when one customer or address places several.";
    }

    @Override public List<RuleParameter> parameters() {
        return List.of(
                RuleParameter.integer(FROM, 2, 0, 23, "first hour of the night window (inclusive)"),
                RuleParameter.integer(TO, 5, 1, 24, "hour the night window ends (exclusive)"),
                RuleParameter.integer(BURST, 3, 2, 1000, "orders by one customer or address in one night that escalate to error"));
    }

    @Override
    public LineScan scan(ScanContext context, RuleParameters params, Severity severity, Consumer<RuleHit> out) {
        int from = params.integerAsInt(FROM);
        int to = params.integerAsInt(TO);
        long burst = params.integer(BURST);
        // only the night's online lines are kept: the few the rule judges
        List<SaleFact> night = new ArrayList<>();
        Map<Object, Set<String>> ordersByCustomer = new HashMap<>();
        Map<Object, Set<String>> ordersByAddress = new HashMap<>();
        return new LineScan() {
            @Override public void line(int i, SaleFact f) {
                if (f.channelType() != ChannelType.ONLINE || context.isDuplicate(i)) return;
                int hour = f.soldAt().getHour();
                if (hour < from || hour >= to) return;
                night.add(f);
                String order = order(f);
                Object customer = customerKey(f);
                if (customer != null) ordersByCustomer.computeIfAbsent(customer, k -> new HashSet<>()).add(order);
                Object address = addressKey(f);
                if (address != null) ordersByAddress.computeIfAbsent(address, k -> new HashSet<>()).add(order);
            }

            @Override public void end() {
                // one hit per order, on its first night line, holding its other night lines with it
                Map<String, List<SaleFact>> linesByOrder = new LinkedHashMap<>();
                for (SaleFact f : night) linesByOrder.computeIfAbsent(order(f), k -> new ArrayList<>()).add(f);
                String fromHour = String.format(Locale.ROOT, "%02d", from);
                String toHour = String.format(Locale.ROOT, "%02d", to);
                linesByOrder.forEach((order, lines) -> {
                    SaleFact f = lines.get(0);
                    Message placed = Message.of("rule.night_burst.placed", order, f.soldAt().toLocalTime(), f.saleDate(),
                            fromHour, toHour);
                    int byCustomer = size(ordersByCustomer, customerKey(f));
                    int byAddress = size(ordersByAddress, addressKey(f));
                    if (byCustomer >= burst) {
                        out.accept(Hits.saleGroup(ID, Severity.ERROR, lines, Message.of("rule.night_burst.customer", placed,
                                f.customerId(), byCustomer, burst)));
                    } else if (byAddress >= burst) {
                        out.accept(Hits.saleGroup(ID, Severity.ERROR, lines, Message.of("rule.night_burst.address", placed,
                                byAddress, burst)));
                    } else {
                        out.accept(Hits.saleGroup(ID, severity, lines, Message.of("rule.night_burst.single", placed)));
                    }
                });
            }
        };
    }

    /** The order a line belongs to; a line without an order id is an order of its own. */
    private static String order(SaleFact f) {
        return Hits.blank(f.orderId()) ? "#" + f.rowId() : f.orderId();
    }

    private record CustomerNight(long day, String customer) {}

    /** Coordinates rounded to about 10 m identify an address without storing it. */
    private record AddressNight(long day, long lat, long lon) {}

    private static Object customerKey(SaleFact f) {
        return Hits.blank(f.customerId()) ? null : new CustomerNight(f.saleDate().toEpochDay(), f.customerId());
    }

    private static Object addressKey(SaleFact f) {
        if (f.shipLat() == null || f.shipLon() == null) return null;
        return new AddressNight(f.saleDate().toEpochDay(), Math.round(f.shipLat() * 1e4), Math.round(f.shipLon() * 1e4));
    }

    private static int size(Map<Object, Set<String>> orders, Object key) {
        Set<String> s = key == null ? null : orders.get(key);
        return s == null ? 0 : s.size();
    }
}
