package org.salestrack.forecast.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.salestrack.forecast.LifeCycleService;
import org.salestrack.model.LifeCycleStage;
import org.salestrack.model.MonthlySeries;
import org.salestrack.model.ProductLifeCycle;

/** Issue 19 #5: stages and turning points of planted phone life cycles. */
class LifeCycleTest {
    @Test
    void aModelThatPeakedAndFellBelowFourFifthsOfItsPeakIsInDeclineSinceThatMonth() {
        // launched 2024-09 (index 2), peak 2024-11 (Double 11), then down
        double[] units = {0, 0, 300, 900, 1500, 1200, 1000, 900, 800, 600, 500, 450};
        ProductLifeCycle c = LifeCycleService.of("星河 X6", "2024-07", units);
        assertThat(c.stage()).isEqualTo(LifeCycleStage.DECLINE);
        assertThat(c.launch()).isEqualTo("2024-09");
        // running median: 2024-11 = median(900, 1500, 1200) = 1200 is the peak (Dec ties it); 80% of it is 960;
        // 2025-02 = median(1000, 900, 800) = 900 < 960 and it never recovers
        assertThat(c.peak()).isEqualTo("2024-11");
        assertThat(c.declineStart()).isEqualTo("2025-02");
    }

    @Test
    void launchGrowthMaturityAndNotLaunchedAreToldApart() {
        assertThat(LifeCycle.of(new double[] {0, 0, 0}).stage()).isEqualTo(LifeCycleStage.NOT_LAUNCHED);
        assertThat(LifeCycle.of(new double[] {0, 0, 200, 600}).stage()).isEqualTo(LifeCycleStage.LAUNCH);
        LifeCycle growth = LifeCycle.of(new double[] {100, 200, 300, 420, 500, 650, 800});
        assertThat(growth.stage()).isEqualTo(LifeCycleStage.GROWTH);
        assertThat(growth.peak()).isEqualTo(-1);
        // a single promotion month is no peak: a plateau with a 618 spike stays mature
        LifeCycle mature = LifeCycle.of(new double[] {500, 900, 1000, 980, 1020, 1900, 990, 1000, 970, 990});
        assertThat(mature.stage()).isEqualTo(LifeCycleStage.MATURITY);
        assertThat(mature.declineStart()).isEqualTo(-1);
    }

    @Test
    void theServiceReadsEveryProductOfALevel() {
        List<ProductLifeCycle> all = LifeCycleService.of(List.of(
                new MonthlySeries("青春 Y40", List.of("青春 Y40"), "2025-01", new double[] {0, 0, 0, 0, 100, 400}, new double[6]),
                new MonthlySeries("青春 Y30", List.of("青春 Y30"), "2025-01", new double[] {900, 800, 600, 500, 400, 300}, new double[6])));
        assertThat(all).extracting(ProductLifeCycle::stage).containsExactly(LifeCycleStage.LAUNCH, LifeCycleStage.DECLINE);
        assertThat(all.get(0).launch()).isEqualTo("2025-05");
        assertThat(all.get(1).peak()).isEqualTo("2025-01");
        assertThat(all.get(1).declineStart()).isEqualTo("2025-03");
    }
}
