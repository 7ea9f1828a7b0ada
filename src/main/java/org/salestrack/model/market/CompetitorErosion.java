package org.salestrack.model.market;

/**
 * A competitor's "erosion coefficient" over all of its moves the panel can measure: the effect on our unit
 * share of its moves taken together, in percentage points with its 95% interval, and the units it comes to.
 *
 * @param events    the competitor's moves with an estimate of their own (nationwide ones and those without
 *                  comparison provinces are left out)
 * @param effectPp  the pooled estimate in points; null when the moves leave fewer than two provinces a side
 */
public record CompetitorErosion(String brand, int events, Interval effectPp, double unitsLost) {}
