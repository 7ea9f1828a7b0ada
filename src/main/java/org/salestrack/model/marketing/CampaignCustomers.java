package org.salestrack.model.marketing;

import java.math.BigDecimal;

/**
 * The customers a campaign brought (first purchase inside its window and scope, or on a line carrying its
 * code), how many of them ordered again, the repeat rate (null when it brought none) and CAC = its spend /
 * customers brought (null when it brought none or spent nothing).
 */
public record CampaignCustomers(String code, String name, BigDecimal spend, int newCustomers, int repeaters,
                                Double repeatRate, Double cac) {}
