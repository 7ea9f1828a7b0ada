package org.salestrack.model.marketing;

import java.time.YearMonth;

/** Marketing spend of one channel in one month, in e4, campaign and always-on spend together. */
public record ChannelSpend(String channel, YearMonth month, long spendE4) {}
