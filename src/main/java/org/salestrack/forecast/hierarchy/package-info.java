/**
 * Hierarchical and grouped forecast reconciliation: provinces add up to regions, SKUs to series, and both
 * cross channel.
 *
 * <pre>{@code
 * SeriesHierarchy h = SeriesHierarchy.of(
 *     List.of(HierarchyDimension.of("geography", "region", "province"), HierarchyDimension.of("channel", "channel")),
 *     List.of(LeafKey.of(List.of("South", "Guangdong"), List.of("online")), ...));
 * // base[node][step] in h.nodes() order; residuals[node][t] = actual - one-step fitted (NaN where undefined)
 * ReconciledForecasts r = Reconciler.reconcile(h,
 *     BaseForecasts.of(mean).withIntervals(p10, p90).withResiduals(residuals).withBottomHistory(leafHistory),
 *     ReconciliationOptions.of(ReconciliationMethod.MINT_SHRINK).nonNegativeUnits());
 * }</pre>
 *
 * Sizes: bottom-up and top-down means scale to any hierarchy; OLS/WLS/MinT and reconciled intervals build
 * dense n x n or n x m matrices (about 4 s for MinT at 1,575 series on this machine's 2 cores).
 */
package org.salestrack.forecast.hierarchy;
