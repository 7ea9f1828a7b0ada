package org.salestrack.forecast.scenario;

import java.util.List;

/**
 * The uplift of one campaign type: the mean over its past windows of actual / counterfactual baseline
 * (1.3 = +30%), the standard error of that mean (NaN with a single window), and each window's ratio.
 */
public record UpliftEstimate(String type, double uplift, double standardError, List<Double> windowRatios) {
    public UpliftEstimate {
        windowRatios = List.copyOf(windowRatios);
    }
}
