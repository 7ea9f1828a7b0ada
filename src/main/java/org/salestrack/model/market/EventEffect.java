package org.salestrack.model.market;

import java.util.List;

/**
 * A competitor event's estimated effect on our unit share: the event provinces' change in share from the
 * months before to the months after, minus the comparison provinces' change (difference in differences).
 *
 * @param effectPp        the estimate in percentage points with its 95% interval; null when it cannot be estimated
 * @param unitsLost       the units the effect comes to over the months after in the event provinces (negative: gained)
 * @param treated         the event provinces that the panel covers
 * @param controls        the comparison provinces: covered, without an event of their own in the windows
 * @param why             why there is no estimate (null when there is one): nationwide, no_panel, too_few_provinces
 */
public record EventEffect(CompetitorEvent event, String category, EventWindows windows, double treatedBefore, double treatedAfter,
                          double controlBefore, double controlAfter, Interval effectPp, double unitsLost, List<String> treated,
                          List<String> controls, String why) {
    public EventEffect {
        treated = List.copyOf(treated);
        controls = List.copyOf(controls);
    }
}
