package org.salestrack.analytics.channel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.salestrack.model.ChannelType;
import org.salestrack.model.channel.AgeBandUnits;
import org.salestrack.model.channel.ChannelLine;
import org.salestrack.model.channel.CustomerMix;
import org.salestrack.model.channel.ShopperGroup;

/**
 * Sums lines, one at a time and in any order, into a {@link CustomerMix}: units by age band and channel
 * type, O2O orders (pickup lines, counted by order), and per customer the channel types seen, the days
 * bought (purchases) and the spend. Pure; not thread-safe.
 */
public final class CustomerMixer {
    private static final int ONLINE = 1;
    private static final int OFFLINE = 2;

    private final Map<String, long[]> bands = new TreeMap<>();
    private final Set<String> o2oOrders = new HashSet<>();
    private long o2oUnits;
    private long o2oAmountE4;
    private final Map<Long, Shopper> shoppers = new HashMap<>();

    private static final class Shopper {
        int types;
        long spendE4;
        final Set<Long> days = new HashSet<>(4);
    }

    public void add(ChannelLine l) {
        int type = l.type() == ChannelType.ONLINE ? ONLINE : OFFLINE;
        if (l.pickup() && l.type() == ChannelType.ONLINE) {
            o2oOrders.add(l.order());
            o2oUnits += l.qty();
            o2oAmountE4 += l.amountE4();
        }
        if (l.customer() == 0) return;
        if (l.ageBand() != null && !l.ageBand().isBlank()) bands.computeIfAbsent(l.ageBand().strip(), k -> new long[2])[type - 1] += l.qty();
        Shopper s = shoppers.computeIfAbsent(l.customer(), k -> new Shopper());
        s.types |= type;
        s.spendE4 += l.amountE4();
        s.days.add(l.day());
    }

    public CustomerMix result() {
        long[][] g = new long[4][4];
        for (Shopper s : shoppers.values()) {
            long[] acc = g[s.types];
            acc[0]++;
            acc[1] += s.days.size();
            if (s.days.size() > 1) acc[2]++;
            acc[3] += s.spendE4;
        }
        List<AgeBandUnits> ages = new ArrayList<>();
        bands.forEach((band, u) -> ages.add(new AgeBandUnits(band, u[0], u[1])));
        return new CustomerMix(ages, o2oOrders.size(), o2oUnits, o2oAmountE4, group(g[ONLINE | OFFLINE]), group(g[ONLINE]), group(g[OFFLINE]));
    }

    private static ShopperGroup group(long[] a) { return new ShopperGroup(a[0], a[1], a[2], a[3]); }
}
