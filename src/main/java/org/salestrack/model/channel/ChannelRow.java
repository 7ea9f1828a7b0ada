package org.salestrack.model.channel;

import org.salestrack.model.ChannelType;
import org.salestrack.model.cube.Measures;

/**
 * A channel, or all channels of a type, compared with the others: its share of the slice's units and revenue,
 * average selling price, margin rate (margin over revenue), and revenue growth against the previous period
 * and the same period a year before. A ratio that cannot be computed (nothing to divide by) is null.
 *
 * @param key the channel's key in the CHANNEL dimension, or the type's id ("online") in CHANNEL_TYPE
 * @param previousE4 revenue in the period of as many days just before; {@code lastYearE4} in the same dates a year before
 */
public record ChannelRow(String key, String name, ChannelType type, Measures now, long previousE4, long lastYearE4, Double unitShare, Double revenueShare,
                         long aspE4, Double marginRate, Double growthPrevious, Double growthLastYear) {}
