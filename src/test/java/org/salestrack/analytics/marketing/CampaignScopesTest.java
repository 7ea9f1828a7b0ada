package org.salestrack.analytics.marketing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.salestrack.model.Campaign;
import org.salestrack.model.ChannelType;
import org.salestrack.model.marketing.CampaignDays;
import org.salestrack.model.marketing.CampaignDonors;
import org.salestrack.model.marketing.DaySales;

/**
 * Who is untouched: a campaign on channel A in 广东 (44) leaves B everywhere and A in the other regions (四川 51: 西南,
 * 浙江 33: 华东) as donors; D sells on one day in ten (month-end sell-in) and is neither a donor nor part of the halo; a
 * donor another campaign reaches during the window is left out, and the days it touched the donor before are not clean.
 */
class CampaignScopesTest {
    private static final LocalDate FIRST = LocalDate.of(2025, 1, 1), LAST = LocalDate.of(2025, 4, 30);
    private static final LocalDate STARTS = LocalDate.of(2025, 4, 1), ENDS = LocalDate.of(2025, 4, 10);

    private static List<DaySales> sales() {
        List<DaySales> out = new ArrayList<>();
        int i = 0;
        for (LocalDate d = FIRST; !d.isAfter(LAST); d = d.plusDays(1), i++) {
            for (String p : List.of("44", "51", "33")) {
                out.add(new DaySales(d, "A", ChannelType.OFFLINE, p, 10, 10_000_000, 2_000_000));
                out.add(new DaySales(d, "B", ChannelType.ONLINE, p, 20 + i % 3, 20_000_000, 4_000_000));
            }
            if (i % 10 == 0) out.add(new DaySales(d, "D", ChannelType.OFFLINE, "44", 300, 300_000_000, 6_000_000));
        }
        return out;
    }

    private static Campaign campaign(String code, LocalDate starts, LocalDate ends, Set<String> channels, Set<String> provinces) {
        return new Campaign(code, code, "t", starts, ends, channels, provinces, Set.of());
    }

    @Test
    void donorsAreTheUntouchedChannelsAndRegionsButNotASparseChannel() {
        CampaignScopes scopes = new CampaignScopes(FIRST, LAST, sales());
        Campaign c = campaign("X", STARTS, ENDS, Set.of("A"), Set.of("44"));
        List<Campaign> all = List.of(c);
        CampaignDays days = scopes.days(c, all, Map.of());
        CampaignDonors donors = scopes.donors(c, all, days);
        assertThat(donors.names()).containsExactly("B", "华东", "西南");
        int start = days.index(STARTS);
        assertThat(donors.units()[0][start]).as("B in all three provinces").isEqualTo(3 * (20 + (int) (STARTS.toEpochDay() - FIRST.toEpochDay()) % 3));
        assertThat(donors.units()[1][start]).as("A in 浙江").isEqualTo(10);
        assertThat(days.units()[start]).as("A in 广东 only").isEqualTo(10);

        // the halo: B in 广东 (the campaign's region), D left out as it sells on one day in ten
        CampaignDays halo = scopes.haloDays(c, all, Map.of());
        for (int i = 0; i < halo.units().length; i++) {
            LocalDate d = halo.firstDay().plusDays(i);
            assertThat(halo.units()[i]).isEqualTo(20 + (int) (d.toEpochDay() - FIRST.toEpochDay()) % 3);
        }
    }

    @Test
    void aDonorAnotherCampaignReachesInTheWindowIsLeftOutAndItsEarlierDaysAreNotClean() {
        CampaignScopes scopes = new CampaignScopes(FIRST, LAST, sales());
        Campaign c = campaign("X", STARTS, ENDS, Set.of("A"), Set.of("44"));
        Campaign onB = campaign("B-DAY", LocalDate.of(2025, 4, 5), LocalDate.of(2025, 4, 6), Set.of("B"), Set.of());
        Campaign earlier = campaign("EAST", LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 3), Set.of("A"), Set.of("33"));
        List<Campaign> all = List.of(c, onB, earlier);
        CampaignDays days = scopes.days(c, all, Map.of());
        CampaignDonors donors = scopes.donors(c, all, days);
        assertThat(donors.names()).containsExactly("华东", "西南");
        assertThat(donors.touched()[days.index(LocalDate.of(2025, 3, 2))]).isTrue();
        assertThat(donors.touched()[days.index(LocalDate.of(2025, 3, 4))]).isFalse();
        // B is reached by B-DAY during the window: no halo left
        assertThat(scopes.haloDays(c, all, Map.of())).isNull();
        // a campaign on every channel nationwide leaves nothing untouched
        Campaign national = campaign("ALL", STARTS, ENDS, Set.of(), Set.of());
        assertThat(scopes.donors(national, List.of(national), scopes.days(national, List.of(national), Map.of()))).isNull();
    }
}
