package org.salestrack.model.marketing;

import java.util.List;

/** One model's credit for every channel, in the order of the journeys' channel list. */
public record Attribution(AttributionModel model, List<ChannelCredit> channels) {
    public Attribution { channels = List.copyOf(channels); }

    public ChannelCredit channel(String name) {
        return channels.stream().filter(c -> c.channel().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no channel " + name));
    }
}
