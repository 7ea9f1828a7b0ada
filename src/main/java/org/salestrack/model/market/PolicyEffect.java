package org.salestrack.model.market;

import java.util.List;

/**
 * A subsidy's effect: how units of the price bands it made eligible moved against the bands it did not, from
 * the comparison months to the months it ran (difference in differences of logs, as a relative change).
 *
 * @param otherBrands the change for the other brands' units, e.g. 0.15 for +15%, with its 95% interval; null when none
 * @param ownBrand    the same for our brand's units in the panel
 * @param provinces   the provinces compared: covered, where the policy applied and no competitor moved in the windows
 * @param why         why there is no estimate (null when there is one)
 */
public record PolicyEffect(PolicyMeasure policy, EventWindows windows, List<String> eligibleBands, List<String> ineligibleBands,
                           Interval otherBrands, Interval ownBrand, List<String> provinces, String why) {
    public PolicyEffect {
        eligibleBands = List.copyOf(eligibleBands);
        ineligibleBands = List.copyOf(ineligibleBands);
        provinces = List.copyOf(provinces);
    }
}
