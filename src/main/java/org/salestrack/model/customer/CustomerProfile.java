package org.salestrack.model.customer;

import java.time.LocalDate;
import java.util.Set;

/**
 * One customer as of a date, across every channel that shares its pseudonymous id: first and last
 * purchase, purchases (days), units and spend, the categories owned and channels used, the favourite
 * category (by spend), the main channel and province (by purchases), the most phone purchases within any
 * rolling window, the largest single purchase, and the (x, t_x, T) summary in days for lifetime value.
 */
public record CustomerProfile(String customer, LocalDate first, LocalDate last, int purchases, long units, long spendE4,
                              Set<String> categories, Set<String> channels, String favouriteCategory, String mainChannel,
                              String mainProvince, int phonePurchasesInWindow, long largestPurchaseE4, RepeatSummary repeatsInDays) {}
