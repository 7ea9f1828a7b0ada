package org.salestrack.model.marketing;

import java.time.LocalDate;
import org.salestrack.model.ChannelType;

/** Counted sales of one day in one channel and province (GB/T 2260 code, or as given abroad). */
public record DaySales(LocalDate day, String channel, ChannelType channelType, String province, long units,
                       long revenueE4, long marginE4) {}
