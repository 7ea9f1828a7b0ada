package org.salestrack.forecast.service;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.salestrack.forecast.scenario.CampaignWindow;
import org.salestrack.model.PromotionPeriod;

/**
 * Past campaigns as windows of a monthly series. A campaign marks a month only when it runs at least a
 * week of it: a two-day live stream cannot be told apart from the rest of its month, and counting its
 * month as promoted would both credit it with the whole month and take that month out of the baseline.
 */
final class PromotionWindows {
    static final int MIN_DAYS_IN_MONTH = 7;

    private PromotionWindows() {}

    /** @param first the series' first month; @param length its number of months */
    static List<CampaignWindow> of(List<PromotionPeriod> campaigns, YearMonth first, int length) {
        List<CampaignWindow> out = new ArrayList<>();
        YearMonth last = first.plusMonths(length - 1L);
        for (PromotionPeriod p : campaigns) {
            int start = -1;
            int end = -1;
            for (YearMonth m = YearMonth.from(p.starts()); !m.isAfter(YearMonth.from(p.ends())); m = m.plusMonths(1)) {
                if (m.isBefore(first) || m.isAfter(last)) continue;
                LocalDate from = p.starts().isAfter(m.atDay(1)) ? p.starts() : m.atDay(1);
                LocalDate to = p.ends().isBefore(m.atEndOfMonth()) ? p.ends() : m.atEndOfMonth();
                if (ChronoUnit.DAYS.between(from, to) + 1 < MIN_DAYS_IN_MONTH) continue;
                int i = (int) ChronoUnit.MONTHS.between(first, m);
                if (start < 0) start = i;
                end = i + 1;
            }
            if (start >= 0) out.add(new CampaignWindow(p.type(), start, end));
        }
        return out;
    }
}
