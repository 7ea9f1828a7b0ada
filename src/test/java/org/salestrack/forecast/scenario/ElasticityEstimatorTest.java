package org.salestrack.forecast.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ElasticityEstimatorTest {
    private static final double[] SEASON = {0.10, -0.05, 0.00, 0.02, 0.08, 0.30, -0.10, -0.08, 0.05, 0.12, 0.40, 0.20};

    @Test
    void recoversAKnownElasticityDespiteTrendSeasonAndAFallingPrice() {
        Random random = new Random(42);
        int months = 60;
        double[] units = new double[months];
        double[] prices = new double[months];
        for (int t = 0; t < months; t++) {
            // Price drifts down over the product's life, as phone prices do, plus promotions' noise.
            prices[t] = 3000 * Math.exp(-0.004 * t + 0.15 * random.nextGaussian());
            units[t] = Math.exp(12.0 - 2.0 * Math.log(prices[t]) + 0.01 * t + SEASON[t % 12] + 0.05 * random.nextGaussian());
        }

        ElasticityEstimate estimate = new ElasticityEstimator().estimate(units, prices, 12);

        assertThat(estimate.estimate()).isCloseTo(-2.0, within(0.1));
        assertThat(estimate.standardError()).isLessThan(0.06);
        assertThat(estimate.shrinkageWeight()).isLessThan(0.004);
        assertThat(estimate.trendControl()).isTrue();
        assertThat(estimate.seasonControl()).isTrue();
        assertThat(estimate.observations()).isEqualTo(60);
    }

    @Test
    void noiselessDataGiveTheElasticityExactly() {
        double[] prices = {100, 95, 110, 90, 105, 98, 102, 93, 108, 97};
        double[] units = new double[prices.length];
        for (int t = 0; t < prices.length; t++) units[t] = 5000 * Math.pow(prices[t], -1.7) * Math.exp(0.02 * t);

        ElasticityEstimate estimate = new ElasticityEstimator().estimate(units, prices, 0);

        assertThat(estimate.estimate()).isCloseTo(-1.7, within(1e-9));
        assertThat(estimate.elasticity()).isCloseTo(-1.7, within(1e-9));
        assertThat(estimate.shrinkageWeight()).isLessThan(1e-12);
    }

    @Test
    void thinNoisyDataArePulledTowardsThePrior() {
        Random random = new Random(7);
        double[] prices = {100, 102, 99, 101, 98};
        double[] units = new double[prices.length];
        for (int t = 0; t < prices.length; t++) units[t] = Math.exp(9.0 - 3.0 * Math.log(prices[t]) + 0.3 * random.nextGaussian());

        ElasticityEstimate estimate = new ElasticityEstimator().estimate(units, prices, 12);

        double se2 = estimate.standardError() * estimate.standardError();
        assertThat(estimate.trendControl()).isFalse();
        assertThat(estimate.seasonControl()).isFalse();
        assertThat(estimate.shrinkageWeight()).isEqualTo(se2 / (se2 + 1.0));
        assertThat(estimate.shrinkageWeight()).isGreaterThan(0.5);
        assertThat(estimate.elasticity()).isEqualTo(estimate.shrinkageWeight() * -1.5 + (1 - estimate.shrinkageWeight()) * estimate.estimate());
        assertThat(Math.abs(estimate.elasticity() + 1.5)).isLessThan(Math.abs(estimate.estimate() + 1.5));
    }

    @Test
    void aPriceThatNeverMovedLeavesOnlyThePrior() {
        ElasticityEstimate estimate = new ElasticityEstimator(-2.0, 0.5).estimate(new double[] {10, 12, 9, 11}, new double[] {99, 99, 99, 99}, 0);

        assertThat(estimate.elasticity()).isEqualTo(-2.0);
        assertThat(estimate.estimate()).isNaN();
        assertThat(estimate.shrinkageWeight()).isEqualTo(1.0);
    }

    @Test
    void periodsWithoutSalesAreLeftOutOfTheLogRegression() {
        double[] prices = {100, 95, 110, 90, 105, 98};
        double[] units = new double[prices.length];
        for (int t = 0; t < prices.length; t++) units[t] = 1e4 * Math.pow(prices[t], -1.2);
        units[2] = 0;

        ElasticityEstimate estimate = new ElasticityEstimator().estimate(units, prices, 0);

        assertThat(estimate.observations()).isEqualTo(5);
        assertThat(estimate.estimate()).isCloseTo(-1.2, within(1e-9));
    }
}
