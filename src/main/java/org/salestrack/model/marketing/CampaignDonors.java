package org.salestrack.model.marketing;

import java.util.List;

/**
 * The units a campaign did not touch during its window, as daily unit series on the days of its {@link CampaignDays}
 * (index 0 is its first day): {@code names} (a channel, or a sales region on the campaign's channels), {@code units} one
 * series per name, {@code touched[i]} when another campaign ran on some donor on day i (no clean day to fit on).
 */
public record CampaignDonors(List<String> names, double[][] units, boolean[] touched) {
    public CampaignDonors {
        names = List.copyOf(names);
        if (units.length != names.size()) throw new IllegalArgumentException("one series per donor");
    }
}
