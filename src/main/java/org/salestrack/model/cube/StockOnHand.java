package org.salestrack.model.cube;

import java.util.List;
import java.util.OptionalLong;

/**
 * Units on hand under a slice's filters. {@code units} is empty when no stock snapshot matches;
 * {@code unstockedChannels} names the channels the slice keeps that hold no stock locations (online
 * platforms): their sales cannot be set against any stock, so no cover can be given for them.
 */
public record StockOnHand(OptionalLong units, List<String> unstockedChannels) {
    public StockOnHand {
        unstockedChannels = List.copyOf(unstockedChannels);
    }

    /** Whether the filters can apply to stock at all. */
    public boolean applies() { return unstockedChannels.isEmpty(); }
}
