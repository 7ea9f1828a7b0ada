package org.salestrack.model.channel;

import java.util.List;

/**
 * Online against offline (in that order) and each channel in a slice, largest revenue first.
 *
 * @param aspGap offline ASP over online ASP, minus one (0.2: offline sells 20% dearer); null without both
 */
public record ChannelBoard(List<ChannelRow> types, List<ChannelRow> channels, Double aspGap) {
    public ChannelBoard {
        types = List.copyOf(types);
        channels = List.copyOf(channels);
    }

    public static final ChannelBoard EMPTY = new ChannelBoard(List.of(), List.of(), null);
}
