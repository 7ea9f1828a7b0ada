package org.salestrack.model.marketing;

import java.util.List;

/** Channel ROI by month (channel then month order) and the customers each campaign brought (campaign order). */
public record ChannelRoi(List<ChannelReturn> months, List<CampaignCustomers> campaigns) {
    public static final ChannelRoi NONE = new ChannelRoi(List.of(), List.of());
}
