package org.salestrack.analytics.channel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.salestrack.analytics.explore.ExploreService;
import org.salestrack.model.ChannelType;
import org.salestrack.model.Dimension;
import org.salestrack.model.channel.ChannelBoard;
import org.salestrack.model.channel.ChannelCell;
import org.salestrack.model.channel.CustomerMix;
import org.salestrack.model.cube.Cell;
import org.salestrack.model.cube.Measure;
import org.salestrack.model.cube.Measures;
import org.salestrack.model.cube.Member;
import org.salestrack.model.cube.Slice;
import org.salestrack.store.Workspace;
import org.salestrack.store.channel.ChannelLinesQuery;
import org.salestrack.task.Cancellation;

/**
 * The channel comparison of a slice (issue 14 #5). The channels' figures come from the cube's rollups
 * (three grouped reads: the slice, the previous period, a year before); the customer side reads the
 * lines that carry a customer or a pickup, which no rollup keeps. Both compare channels, so they drop the
 * slice's channel filters: a channel picked elsewhere is marked on the Channels screen, not the only row
 * left. Every method runs SQL: call it from a background task.
 */
public final class ChannelService {
    private final ExploreService explore;
    private final ChannelLinesQuery lines;

    public ChannelService(Workspace workspace) {
        this.explore = new ExploreService(workspace);
        this.lines = new ChannelLinesQuery(workspace);
    }

    /** The slice without its channel type and channel filters: what the comparison covers. */
    public static Slice compared(Slice slice) {
        return slice.with(Dimension.CHANNEL, Set.of()).with(Dimension.CHANNEL_TYPE, Set.of());
    }

    public ChannelBoard board(Slice slice) {
        Slice s = compared(slice);
        Map<String, ChannelType> types = new HashMap<>();
        for (Member m : explore.members(Dimension.CHANNEL)) {
            types.put(m.key(), ChannelType.parse(m.parentKey()));
        }
        Map<String, Measures> previous = byKey(explore.breakdown(s.previousPeriod(), Dimension.CHANNEL, Measure.REVENUE));
        Map<String, Measures> lastYear = byKey(explore.breakdown(s.lastYear(), Dimension.CHANNEL, Measure.REVENUE));
        List<ChannelCell> cells = new ArrayList<>();
        for (Cell c : explore.breakdown(s, Dimension.CHANNEL, Measure.REVENUE)) {
            cells.add(new ChannelCell(c.key(), c.label(), types.getOrDefault(c.key(), ChannelType.OFFLINE), c.measures(),
                    previous.getOrDefault(c.key(), Measures.ZERO), lastYear.getOrDefault(c.key(), Measures.ZERO)));
        }
        return ChannelComparison.board(cells);
    }

    public CustomerMix customers(Slice slice, Cancellation cancel) {
        CustomerMixer mixer = new CustomerMixer();
        lines.forEach(compared(slice), cancel, mixer::add);
        return mixer.result();
    }

    private static Map<String, Measures> byKey(List<Cell> cells) {
        Map<String, Measures> out = new HashMap<>();
        for (Cell c : cells) out.put(c.key(), c.measures());
        return out;
    }
}
