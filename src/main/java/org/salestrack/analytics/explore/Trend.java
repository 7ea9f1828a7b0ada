package org.salestrack.analytics.explore;

import java.util.List;
import org.salestrack.model.cube.Grain;
import org.salestrack.model.cube.Measures;

/**
 * A sales trend with last year's values laid on the same periods: {@code lastYear.get(i)} is the period
 * one year before {@code periods.get(i)}, so the two lines share an axis.
 */
public record Trend(Grain grain, List<String> periods, List<Measures> current, List<Measures> lastYear) {}
