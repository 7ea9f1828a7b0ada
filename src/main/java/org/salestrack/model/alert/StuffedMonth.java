package org.salestrack.model.alert;

/** A dealer-month the channel-stuffing rule flagged: units shipped in, sold out, and its stock before and after. */
public record StuffedMonth(String dealer, String month, long sellIn, long sellOut, long stockBefore, long stockAfter) {}
