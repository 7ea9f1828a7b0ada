package org.salestrack.model.customer;

import java.time.LocalDate;

/**
 * What one (pseudonymous) customer bought on one day in one category through one channel, in one
 * province: the grain the customer analyses read. A customer's purchases are its days: an order split in
 * two on the same day is one purchase (the rule the CDNOW literature uses for lifetime value).
 */
public record CustomerDay(String customer, LocalDate day, String category, String channel, String province, long units,
                          long amountE4) {}
