package org.salestrack.model.feedback;

/**
 * The order a review was written on, as the sales hold it: the review's channel and order id matched to sale
 * lines of the reviewed product (of any product when the review names none), counted lines only.
 *
 * @param refunded whether any of those lines was refunded
 */
public record ReviewOrder(String reviewId, long channelId, String orderId, boolean refunded) {}
