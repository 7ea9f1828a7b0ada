package org.salestrack.forecast.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class UpliftEstimatorTest {
    private static final double[] SEASON = {-20, -15, 0, 5, 10, 25, 0, -5, 5, 10, 30, -45};
    private static final List<CampaignWindow> CAMPAIGNS = List.of(
            new CampaignWindow("618", 5, 7), new CampaignWindow("double-11", 10, 12),
            new CampaignWindow("618", 29, 31), new CampaignWindow("double-11", 34, 36),
            new CampaignWindow("618", 53, 55), new CampaignWindow("double-11", 58, 60));

    @Test
    void recoversTheUpliftOfEachCampaignTypeExactlyWithoutNoise() {
        double[] series = campaignSeries(null, 0.0, true);

        Map<String, UpliftEstimate> uplift = new UpliftEstimator(12, 0).estimate(series, CAMPAIGNS);

        assertThat(uplift.keySet()).containsExactly("618", "double-11");
        assertThat(uplift.get("618").uplift()).isCloseTo(1.3, within(1e-9));
        assertThat(uplift.get("double-11").uplift()).isCloseTo(1.5, within(1e-9));
        assertThat(uplift.get("618").windowRatios()).hasSize(3);
        assertThat(uplift.get("618").standardError()).isCloseTo(0, within(1e-9));
    }

    @Test
    void recoversTheUpliftWithinSamplingErrorFromNoisyHistory() {
        double[] series = campaignSeries(new Random(2026), 0.0, true);

        Map<String, UpliftEstimate> uplift = new UpliftEstimator(12, 0).estimate(series, CAMPAIGNS);

        assertThat(uplift.get("618").uplift()).isCloseTo(1.3, within(0.03));
        assertThat(uplift.get("double-11").uplift()).isCloseTo(1.5, within(0.03));
        assertThat(uplift.get("618").standardError()).isGreaterThan(0).isLessThan(0.03);
    }

    @Test
    void aCooldownKeepsThePostPromotionSlumpOutOfTheBaseline() {
        // Without season dummies the slumped months drag the whole baseline down, inflating the uplift.
        double[] series = campaignSeries(null, 0.4, false);

        double withCooldown = new UpliftEstimator(0, 1).estimate(series, CAMPAIGNS).get("618").uplift();
        double without = new UpliftEstimator(0, 0).estimate(series, CAMPAIGNS).get("618").uplift();

        assertThat(withCooldown).isCloseTo(1.3, within(1e-9));
        assertThat(without).isGreaterThan(1.31);
    }

    @Test
    void aShortSeriesFallsBackToATrendBaseline() {
        double[] series = {100, 102, 104, 106 * 1.2, 108 * 1.2, 110, 112, 114, 116, 118};

        UpliftEstimate uplift = new UpliftEstimator(12, 0).estimate(series, List.of(new CampaignWindow("flash", 3, 5))).get("flash");

        assertThat(uplift.uplift()).isCloseTo(1.2, within(1e-9));
        assertThat(uplift.standardError()).isNaN();
    }

    /** 72 months of 200 + 0.8 t (+ season); campaigns multiply the baseline; the month after one is slumped. */
    private static double[] campaignSeries(Random noise, double slumpAfter, boolean seasonal) {
        double[] series = new double[72];
        for (int t = 0; t < series.length; t++) {
            series[t] = 200 + 0.8 * t + (seasonal ? SEASON[t % 12] : 0) + (noise == null ? 0 : 3 * noise.nextGaussian());
        }
        for (CampaignWindow window : CAMPAIGNS) {
            double uplift = window.type().equals("618") ? 1.3 : 1.5;
            for (int t = window.start(); t < window.end(); t++) series[t] *= uplift;
            series[window.end()] *= 1 - slumpAfter;
        }
        return series;
    }
}
