package org.salestrack.model.marketing;

import java.time.LocalDate;
import org.salestrack.model.ChannelType;

/**
 * A customer's first counted purchase in the workspace (where and when it was made, the campaign code its
 * line carried if any) and how many counted orders the customer has placed in all, the first included.
 */
public record FirstPurchase(long customer, LocalDate day, String channel, ChannelType channelType, String province,
                            String campaignCode, int orders) {
    public boolean repeated() { return orders > 1; }
}
