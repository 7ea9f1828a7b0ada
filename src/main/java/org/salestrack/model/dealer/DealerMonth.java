package org.salestrack.model.dealer;

import java.time.YearMonth;

/**
 * One dealer's month: sell-in (shipments to it), sell-out (its own sell-through plus the sales of the
 * stores it supplies), its warehouse's month-end stock on hand, its target and its service scores.
 * Targets and service figures are null when none was imported for the month.
 *
 * @param resolved48h share (0-1) of the month's complaints resolved within 48 hours
 */
public record DealerMonth(String dealer, YearMonth month, long sellInQty, long sellInE4, long sellOutQty, long sellOutE4,
                          long stockQty, Long targetQty, Long targetE4, Double nps, Long complaints, Double resolved48h) {}
