package org.salestrack.analytics.marketing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.ingest.ImportPolicy;
import org.salestrack.ingest.ImportService;
import org.salestrack.ingest.profile.ProfileLibrary;
import org.salestrack.model.marketing.CampaignImpact;
import org.salestrack.sample.Campaign;
import org.salestrack.sample.Campaigns;
import org.salestrack.store.Workspace;
import org.salestrack.task.Cancellation;
import org.salestrack.task.ProgressListener;

/**
 * The sample generator multiplies demand by a known uplift while a campaign runs (org.salestrack.sample.
 * Campaigns). On the committed samples (every store and online file but JD's workbook, which only takes
 * time to read), the incremental units measured against the forecast baseline must hold the planted
 * increment, actual x (1 - 1/uplift), inside their interval, and the spend must be the calendar's budget.
 */
class CampaignUpliftRecoveryTest {
    private static final List<String> FILES = List.of("master/products.csv", "master/stores.csv", "marketing/campaigns.csv",
            "marketing/spend.csv", "stores/pos-sales-2024-2025.csv", "online/mall-orders-2024-2025.jsonl",
            "online/douyin-orders-2024-2025.tsv", "online/tmall-orders-2024-01_2025-06.csv", "online/tmall-orders-2025-06-28_2025-12.csv");

    @TempDir
    static Path tmp;
    static Map<String, CampaignImpact> impacts;
    static Map<String, Campaign> planted;

    @BeforeAll
    static void importTheSamples() throws Exception {
        Workspace ws = Workspace.open(tmp.resolve("ws.db"));
        ImportService imports = new ImportService(ws, ProfileLibrary.load(null), ImportPolicy.DEFAULT);
        for (String f : FILES) imports.importFile(Path.of("samples").resolve(f), null, ProgressListener.NONE, Cancellation.none());
        impacts = new MarketingService(ws).campaigns(Cancellation.none()).stream()
                .collect(Collectors.toMap(CampaignImpact::code, Function.identity()));
        planted = Campaigns.standard().all().stream().collect(Collectors.toMap(Campaign::code, Function.identity()));
    }

    /**
     * Campaigns whose window the generator's calendar leaves flat (no Spring Festival run-up, no 6.18, 11.11
     * or 12.12 peak day, which the generator adds apart from any campaign): the planted increment is inside
     * the interval, and the estimate is within a third of it.
     */
    @Test
    void thePlantedIncrementOfCalendarNeutralCampaignsLiesInTheirInterval() {
        for (String code : List.of("BTS24", "BTS25", "NATL24", "NATL25", "SUM-HN24", "SUM-HD25", "LN-X6", "LN-X7",
                "DY-2404", "DY-2405", "DY-2406", "DY-2407", "DY-2408", "DY-2409", "DY-2410")) {
            CampaignImpact.Measure m = impacts.get(code).units();
            double truth = m.actual() * (1 - 1 / planted.get(code).uplift());
            assertThat(truth).as(code + " planted increment").isBetween(m.incrementalLow(), m.incrementalHigh());
        }
        CampaignImpact x6 = impacts.get("LN-X6");
        assertThat(x6.units().incrementalLow()).as("LN-X6's increment is clearly above zero").isGreaterThan(0);
    }

    /** Double 11 holds the 11.11 peak day on top of the campaign's uplift: the window's increment is larger than the uplift alone. */
    @Test
    void doubleElevensIncrementIncludesTheCalendarPeak() {
        CampaignImpact.Measure m = impacts.get("D11-25").units();
        assertThat(m.incrementalLow()).isGreaterThan(m.actual() * (1 - 1 / planted.get("D11-25").uplift()));
    }

    @Test
    void spendIsTheCalendarsBudgetAsSpentPerDayAndChannelAndRoiIsMarginOverSpend() {
        CampaignImpact c = impacts.get("SUM-HN24");
        // 600,000 yuan over 17 days and 3 store channels, whole yuan per day and channel: 11,764 x 17 x 3
        assertThat(c.spend()).isEqualByComparingTo("599964.00");
        assertThat(c.roi()).isCloseTo(c.margin().incremental() / 599964.0, within(1e-12));
        assertThat(c.revenuePerSpend()).isCloseTo(c.revenue().actual() / 599964.0, within(1e-12));
        assertThat(c.revenue().baseline() + c.revenue().incremental()).isCloseTo(c.revenue().actual(), within(1e-6));
        assertThat(c.revenue().incrementalLow()).isLessThan(c.revenue().incremental());
        assertThat(c.revenue().incrementalHigh()).isGreaterThan(c.revenue().incremental());
    }

    @Test
    void everyCampaignWithHistoryIsMeasured() {
        assertThat(impacts).hasSize(42);
        // the dip window runs to the next campaign in scope or 14 days
        assertThat(impacts.get("SUM-HN24").dipDays()).isEqualTo(14);
    }
}
