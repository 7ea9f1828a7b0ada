package org.salestrack.forecast.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioDriversTest {
    private static final ForecastPaths ONLINE = new ForecastPaths("online",
            new double[] {100, 100, 100, 100}, new double[] {80, 80, 80, 80}, new double[] {98, 98, 98, 98}, new double[] {125, 125, 125, 125});
    private static final ForecastPaths STORES = new ForecastPaths("stores",
            new double[] {200, 210, 220, 230}, new double[] {150, 160, 170, 180}, new double[] {199, 209, 219, 229}, new double[] {260, 270, 280, 290});
    private static final ForecastSet BASE = ForecastSet.of(List.of("2026-07", "2026-08", "2026-09", "2026-10"), List.of(ONLINE, STORES));

    @Test
    void aPriceCutRaisesUnitsAlongTheConstantElasticityCurveFromItsFirstStep() {
        ForecastSet result = new PriceChange("online", -0.05, -1.5, 1).apply(BASE);

        // 0.95^-1.5 = 1.0799772127212148
        assertThat(result.series("online").mean()).containsExactly(new double[] {100, 107.99772127212148, 107.99772127212148, 107.99772127212148}, within(1e-9));
        assertThat(result.series("online").p10()[1]).isCloseTo(80 * 1.0799772127212148, within(1e-9));
        assertThat(result.series("online").p90()[0]).isEqualTo(125);
        assertThat(result.series("stores")).isSameAs(STORES);
    }

    @Test
    void aPriceChangeOnAllSeriesScalesEveryOne() {
        ForecastSet result = new PriceChange(ScenarioDriver.ALL_SERIES, 0.10, -1.5, 0).apply(BASE);

        assertThat(result.series("stores").mean()[3]).isCloseTo(230 * 0.8667841720414474, within(1e-9));
        assertThat(result.series("online").mean()[0]).isCloseTo(86.67841720414474, within(1e-9));
    }

    @Test
    void aPromotionMultipliesOnlyItsWindow() {
        ForecastSet result = new Promotion("stores", "618", 1, 2, 1.3).apply(BASE);

        assertThat(result.series("stores").mean()).containsExactly(new double[] {200, 273, 286, 230}, within(1e-9));
        assertThat(result.series("stores").p90()).containsExactly(new double[] {260, 351, 364, 290}, within(1e-9));
    }

    @Test
    void aCompetitorLaunchDipsThenRecoversLinearly() {
        assertThat(new CompetitorLaunch("online", 2, 0.3, 3).multiplier(7))
                .containsExactly(new double[] {1, 1, 0.7, 0.8, 0.9, 1, 1}, within(1e-12));
        assertThat(new CompetitorLaunch("online", 1, 0.3, 4, 0.1).multiplier(7))
                .containsExactly(new double[] {1, 0.7, 0.75, 0.8, 0.85, 0.9, 0.9}, within(1e-12));
        assertThat(new CompetitorLaunch("online", 0, 0.5, 0).multiplier(3)).containsExactly(0.5, 1, 1);
    }

    @Test
    void aCompetitorLaunchScalesMeanAndQuantiles() {
        ForecastSet result = new CompetitorLaunch("online", 2, 0.3, 3).apply(BASE);

        assertThat(result.series("online").mean()).containsExactly(new double[] {100, 100, 70, 80}, within(1e-9));
        assertThat(result.series("online").p10()).containsExactly(new double[] {80, 80, 56, 64}, within(1e-9));
    }

    @Test
    void aChannelShiftMovesShareAndKeepsTheTotal() {
        ForecastSet result = new ChannelShift("stores", "online", 0.25, 2).apply(BASE);

        assertThat(result.series("stores").mean()).containsExactly(new double[] {200, 210, 165, 172.5}, within(1e-9));
        assertThat(result.series("online").mean()).containsExactly(new double[] {100, 100, 155, 157.5}, within(1e-9));
        assertThat(result.totalMean()).containsExactly(BASE.totalMean(), within(1e-9));
        assertThat(result.series("stores").p10()).containsExactly(new double[] {150, 160, 127.5, 135}, within(1e-9));
        assertThat(result.series("online").p90()).containsExactly(new double[] {125, 125, 195, 197.5}, within(1e-9));
    }

    @Test
    void channelShiftNeedsTwoDifferentNamedSeries() {
        assertThatThrownBy(() -> new ChannelShift("online", "online", 0.1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ChannelShift("*", "online", 0.1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ChannelShift("online", "tmall", 0.1, 0).apply(BASE)).hasMessageContaining("no series tmall");
    }

    @Test
    void driversRejectValuesThatMakeNoSense() {
        assertThatThrownBy(() -> new PriceChange("online", -1.0, -1.5, 0)).hasMessageContaining("above -100%");
        assertThatThrownBy(() -> new CompetitorLaunch("online", 0, 1.5, 2)).hasMessageContaining("between 0% and 100%");
        assertThatThrownBy(() -> new Promotion("online", "618", 0, 0, 1.2)).hasMessageContaining("at least one period");
    }

    @Test
    void aScenarioAppliesItsDriversInOrder() {
        Scenario scenario = Scenario.of("cut and shift", new Promotion("stores", "618", 0, 1, 2.0), new ChannelShift("stores", "online", 0.5, 0));

        ForecastSet result = scenario.apply(BASE);

        // The promotion doubles stores' 200 to 400 first; the shift then moves half of it.
        assertThat(result.series("stores").mean()[0]).isCloseTo(200, within(1e-9));
        assertThat(result.series("online").mean()[0]).isCloseTo(300, within(1e-9));
        assertThat(result.series("online").mean()[1]).isCloseTo(205, within(1e-9));
    }
}
