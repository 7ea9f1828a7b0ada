package org.salestrack.model.channel;

import org.salestrack.model.ChannelType;

/**
 * A counted sales line as the customer side of the channel comparison reads it.
 *
 * @param customer the customer's workspace id, 0 for a line without one
 * @param order the line's order, unique across channels (channel and order id); read for pickup lines only
 * @param day days since 1970-01-01: a customer's purchase is a customer's day, as in the customer module
 * @param ageBand the customer's age band, null when unknown
 */
public record ChannelLine(long customer, ChannelType type, boolean pickup, String order, long day, long qty, long amountE4, String ageBand) {}
