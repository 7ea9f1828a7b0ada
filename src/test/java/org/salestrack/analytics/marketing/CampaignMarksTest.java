package org.salestrack.analytics.marketing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.salestrack.model.Campaign;
import org.salestrack.model.ChannelType;

/** Which campaigns a trend under given filters marks, on a planted calendar. */
class CampaignMarksTest {
    private static final LocalDate JAN = LocalDate.of(2025, 1, 1);
    private static final Campaign NATIONAL = new Campaign("NAT", "All channels", "t", JAN.plusDays(10), JAN.plusDays(20), Set.of(), Set.of(), Set.of());
    private static final Campaign TMALL = new Campaign("TM", "Tmall day", "t", JAN.plusDays(5), JAN.plusDays(6), Set.of("天猫"), Set.of(), Set.of());
    private static final Campaign ONLINE_GD = new Campaign("GD", "Online Guangdong", "t", JAN.plusDays(40), JAN.plusDays(45),
            Set.of("online"), Set.of("440000"), Set.of());
    private static final Campaign STORES = new Campaign("ST", "Stores", "t", JAN.plusDays(1), JAN.plusDays(2), Set.of("直营店"), Set.of(), Set.of());
    private static final List<Campaign> ALL = List.of(ONLINE_GD, TMALL, NATIONAL, STORES);
    private static final CampaignMarks.ChannelRef TM = new CampaignMarks.ChannelRef("天猫", ChannelType.ONLINE);
    private static final CampaignMarks.ChannelRef JD = new CampaignMarks.ChannelRef("京东", ChannelType.ONLINE);

    private static List<String> codes(List<Campaign> cs) { return cs.stream().map(Campaign::code).toList(); }

    @Test
    void withoutFiltersEveryCampaignOnAChannelTheWorkspaceSellsThroughIsMarkedInStartOrder() {
        // no store channel in the workspace: the stores' campaign reaches no sales
        assertThat(codes(CampaignMarks.inScope(ALL, JAN, JAN.plusDays(90), List.of(TM, JD), Set.of(), Set.of())))
                .containsExactly("TM", "NAT", "GD");
    }

    @Test
    void theRangeAndTheKeptChannelsAndProvincesDecide() {
        assertThat(codes(CampaignMarks.inScope(ALL, JAN.plusDays(7), JAN.plusDays(41), List.of(TM, JD), Set.of(), Set.of())))
                .as("Tmall day ended before the range").containsExactly("NAT", "GD");
        assertThat(codes(CampaignMarks.inScope(ALL, JAN, JAN.plusDays(90), List.of(JD), Set.of(), Set.of())))
                .as("only JD kept: the Tmall day is not JD's").containsExactly("NAT", "GD");
        assertThat(codes(CampaignMarks.inScope(ALL, JAN, JAN.plusDays(90), List.of(TM, JD), Set.of("310000"), Set.of())))
                .as("Shanghai kept: the Guangdong campaign is not Shanghai's").containsExactly("TM", "NAT");
        assertThat(codes(CampaignMarks.inScope(ALL, JAN, JAN.plusDays(90), List.of(TM, JD), Set.of(), Set.of("440000"))))
                .as("Guangdong left out").containsExactly("TM", "NAT");
        assertThat(CampaignMarks.inScope(ALL, JAN, JAN.plusDays(90), List.of(), Set.of(), Set.of())).as("every channel left out").isEmpty();
    }

    @Test
    void aPeriodShowsTheCampaignsRunningOnAnyOfItsDays() {
        List<Campaign> marked = CampaignMarks.inScope(ALL, JAN, JAN.plusDays(90), List.of(TM, JD), Set.of(), Set.of());
        assertThat(codes(CampaignMarks.running(marked, JAN.plusDays(6), JAN.plusDays(12)))).containsExactly("TM", "NAT");
        assertThat(CampaignMarks.running(marked, JAN.plusDays(21), JAN.plusDays(39))).isEmpty();
    }
}
