package org.salestrack.model.report;

import org.salestrack.model.ChannelType;

/** Counted sales of one channel in the report period; {@code kind} is the platform or store kind, may be null. */
public record ChannelLine(String name, ChannelType type, String kind, long orders, long qty, long amountE4) {}
