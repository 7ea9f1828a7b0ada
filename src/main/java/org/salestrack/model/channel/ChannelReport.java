package org.salestrack.model.channel;

/** The channel comparison of a report month and its customers, for the workbook's Channels sheet. */
public record ChannelReport(ChannelBoard board, CustomerMix customers) {
    public static final ChannelReport NONE = new ChannelReport(ChannelBoard.EMPTY, CustomerMix.EMPTY);
}
