package org.salestrack.forecast.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.salestrack.forecast.scenario.CampaignWindow;
import org.salestrack.model.PromotionPeriod;

class PromotionWindowsTest {
    private static PromotionPeriod p(String type, String from, String to) {
        return new PromotionPeriod(type + from, type, LocalDate.parse(from), LocalDate.parse(to));
    }

    @Test
    void aCampaignMarksTheMonthsItRunsAWeekOf() {
        List<CampaignWindow> w = PromotionWindows.of(List.of(
                p("满减", "2024-05-30", "2024-06-18"),     // 2 days of May, 18 of June
                p("学生", "2024-08-20", "2024-09-10"),     // 12 days of August, 10 of September
                p("直播", "2024-01-15", "2024-01-16"),     // two days: no month
                p("国庆", "2024-10-01", "2024-10-07"),     // exactly a week
                p("旧", "2022-06-01", "2022-06-30")),      // before the series
                YearMonth.of(2024, 1), 24);
        assertThat(w).containsExactly(new CampaignWindow("满减", 5, 6), new CampaignWindow("学生", 7, 9), new CampaignWindow("国庆", 9, 10));
    }

    @Test
    void monthsAfterTheSeriesAreLeftOut() {
        assertThat(PromotionWindows.of(List.of(p("满减", "2025-12-01", "2026-01-31")), YearMonth.of(2024, 1), 24))
                .containsExactly(new CampaignWindow("满减", 23, 24));
    }
}
