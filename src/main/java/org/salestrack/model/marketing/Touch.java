package org.salestrack.model.marketing;

/** One touchpoint as read: the customer's workspace id, when (epoch second), the channel, the order it placed (or null). */
public record Touch(long customer, long epochSecond, String channel, String orderId) {}
