package org.salestrack.analytics.marketing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.salestrack.model.Campaign;
import org.salestrack.model.ChannelType;

/**
 * Which campaigns to mark on a sales trend under the global filters: those whose window overlaps the range
 * and whose scope reaches the sales the filters keep: it covers one of the workspace's channels the filters
 * keep (a campaign on a channel the workspace never sold through is not marked), and, when it names
 * provinces, one the filters keep. Filters on products leave campaigns alone:
 * a campaign covers every product of its channels and region.
 */
public final class CampaignMarks {
    private CampaignMarks() {}

    /** A channel as the filters name it. */
    public record ChannelRef(String name, ChannelType type) {}

    /**
     * @param channels the workspace's channels the filters keep (all of them when there is no channel filter)
     * @param keptProvinces province codes kept (empty: all); {@code droppedProvinces} those left out
     */
    public static List<Campaign> inScope(List<Campaign> campaigns, LocalDate from, LocalDate to, List<ChannelRef> channels,
                                         Set<String> keptProvinces, Set<String> droppedProvinces) {
        List<Campaign> out = new ArrayList<>();
        for (Campaign c : campaigns) {
            if (c.starts() == null || c.ends() == null || c.ends().isBefore(from) || c.starts().isAfter(to)) continue;
            if (!reachesChannels(c, channels)) continue;
            if (!reachesProvinces(c, keptProvinces, droppedProvinces)) continue;
            out.add(c);
        }
        out.sort(java.util.Comparator.comparing(Campaign::starts).thenComparing(Campaign::code));
        return out;
    }

    private static boolean reachesChannels(Campaign c, List<ChannelRef> channels) {
        if (channels.isEmpty()) return false;
        if (c.channels().isEmpty()) return true;
        for (ChannelRef k : channels) for (String name : c.channels()) if (covers(name, k)) return true;
        return false;
    }

    private static boolean covers(String campaignChannel, ChannelRef ch) {
        return campaignChannel.equalsIgnoreCase(ch.name()) || (ch.type() != null && campaignChannel.equals(ch.type().id()));
    }

    private static boolean reachesProvinces(Campaign c, Set<String> kept, Set<String> dropped) {
        if (c.provinces().isEmpty()) return true;
        if (!kept.isEmpty()) return c.provinces().stream().anyMatch(kept::contains);
        return !dropped.containsAll(c.provinces());
    }

    /** The campaigns of {@code marked} running at some day between {@code first} and {@code last}. */
    public static List<Campaign> running(List<Campaign> marked, LocalDate first, LocalDate last) {
        return marked.stream().filter(c -> !c.ends().isBefore(first) && !c.starts().isAfter(last)).toList();
    }
}
