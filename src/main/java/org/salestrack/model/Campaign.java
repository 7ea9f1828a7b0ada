package org.salestrack.model;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

/**
 * A promotion: when it runs and where. {@code channels} holds channel names or channel types
 * (online/offline), {@code provinces} GB/T 2260 codes, {@code stores} store codes; an empty set means
 * "all", so a national campaign on every channel has three empty sets.
 */
public record Campaign(String code, String name, String tag, LocalDate starts, LocalDate ends,
                       Set<String> channels, Set<String> provinces, Set<String> stores) {

    public Campaign {
        channels = lowerCase(channels);
        provinces = Set.copyOf(provinces);
        stores = Set.copyOf(stores);
    }

    /** Whether this campaign runs on {@code day} for a sale in that channel, province and store. */
    public boolean covers(LocalDate day, String channel, ChannelType channelType, String province, String store) {
        if (starts != null && day.isBefore(starts)) return false;
        if (ends != null && day.isAfter(ends)) return false;
        if (!channels.isEmpty()) {
            boolean byName = channel != null && channels.contains(channel.toLowerCase(Locale.ROOT));
            boolean byType = channelType != null && channels.contains(channelType.id());
            if (!byName && !byType) return false;
        }
        if (!provinces.isEmpty() && (province == null || !provinces.contains(province))) return false;
        return stores.isEmpty() || (store != null && stores.contains(store));
    }

    private static Set<String> lowerCase(Set<String> names) {
        return Set.copyOf(names.stream().map(n -> n.trim().toLowerCase(Locale.ROOT)).toList());
    }
}
