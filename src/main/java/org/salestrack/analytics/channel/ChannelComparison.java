package org.salestrack.analytics.channel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.salestrack.model.ChannelType;
import org.salestrack.model.channel.ChannelBoard;
import org.salestrack.model.channel.ChannelCell;
import org.salestrack.model.channel.ChannelRow;
import org.salestrack.model.cube.Measures;

/** Compares channels and channel types: shares, ASP, margin rate, growth, and the offline-over-online ASP gap. Pure. */
public final class ChannelComparison {
    private ChannelComparison() {}

    public static ChannelBoard board(List<ChannelCell> cells) {
        Measures total = Measures.ZERO;
        Map<ChannelType, ChannelCell> byType = new EnumMap<>(ChannelType.class);
        for (ChannelCell c : cells) {
            total = total.plus(c.now());
            byType.merge(c.type(), new ChannelCell(c.type().id(), c.type().id(), c.type(), c.now(), c.previous(), c.lastYear()),
                    (a, b) -> new ChannelCell(a.key(), a.name(), a.type(), a.now().plus(b.now()), a.previous().plus(b.previous()),
                            a.lastYear().plus(b.lastYear())));
        }
        List<ChannelRow> types = new ArrayList<>();
        for (ChannelCell t : byType.values()) if (!t.now().isEmpty()) types.add(row(t, total));
        List<ChannelRow> channels = new ArrayList<>();
        for (ChannelCell c : cells) if (!c.now().isEmpty()) channels.add(row(c, total));
        Comparator<ChannelRow> byRevenue = Comparator.comparingLong((ChannelRow r) -> r.now().amountE4()).reversed().thenComparing(ChannelRow::name);
        // online then offline, always: the two rows are read against each other, not ranked
        types.sort(Comparator.comparing(ChannelRow::type));
        channels.sort(byRevenue);
        ChannelCell online = byType.get(ChannelType.ONLINE);
        ChannelCell offline = byType.get(ChannelType.OFFLINE);
        return new ChannelBoard(types, channels, online == null || offline == null ? null : aspGap(online.now(), offline.now()));
    }

    /** Offline ASP over online ASP minus one, on the exact sums (not on rounded ASPs); null when either sold nothing. */
    static Double aspGap(Measures online, Measures offline) {
        if (online.qty() == 0 || offline.qty() == 0 || online.amountE4() == 0) return null;
        return ((double) offline.amountE4() * online.qty()) / ((double) online.amountE4() * offline.qty()) - 1;
    }

    private static ChannelRow row(ChannelCell c, Measures total) {
        Measures m = c.now();
        return new ChannelRow(c.key(), c.name(), c.type(), m, c.previous().amountE4(), c.lastYear().amountE4(), ratio(m.qty(), total.qty()), ratio(m.amountE4(), total.amountE4()), m.aspE4(),
                ratio(m.marginE4(), m.amountE4()), growth(m.amountE4(), c.previous().amountE4()), growth(m.amountE4(), c.lastYear().amountE4()));
    }

    private static Double ratio(long part, long whole) { return whole == 0 ? null : (double) part / whole; }

    /** Revenue growth; null when the period compared with sold nothing. */
    private static Double growth(long now, long before) { return before == 0 ? null : (double) now / before - 1; }
}
