package org.salestrack.forecast.hierarchy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ResidualCovarianceTest {
    // Two series over four periods: x'x/T = [[7/2, 7/4], [7/4, 5/2]], correlation^2 = 7/20.
    private static final double[][] RESIDUALS = {{1, -2, 3, 0}, {2, -1, 1, -2}};

    @Test
    void sampleCovarianceIsUncentredCrossProductOverPeriods() {
        assertThat(ResidualCovariance.sample(RESIDUALS)).isDeepEqualTo(new double[][] {{3.5, 1.75}, {1.75, 2.5}});
    }

    @Test
    void schaferStrimmerIntensityMatchesTheHandComputation() {
        // Standardised products z_t = x1 x2 / sqrt(3.5 * 2.5): sum z = 7 / sqrt(8.75), sum z^2 = 17 / 8.75.
        // Var(r12) = (sum z^2 - (sum z)^2 / T) / (T (T - 1)) = (68/35 - 49/35) / 12 = 19/420;
        // lambda = Var(r12) / r12^2 = (19/420) / (7/20) = 19/147.
        ShrunkCovariance shrunk = ResidualCovariance.shrink(RESIDUALS);

        assertThat(shrunk.lambda()).isCloseTo(19.0 / 147, within(1e-12));
        assertThat(shrunk.covariance()[0][0]).isEqualTo(3.5);
        assertThat(shrunk.covariance()[1][1]).isEqualTo(2.5);
        assertThat(shrunk.covariance()[0][1]).isCloseTo((1 - 19.0 / 147) * 1.75, within(1e-12));
        assertThat(shrunk.covariance()[1][0]).isCloseTo(32.0 / 21, within(1e-12));
    }

    @Test
    void periodsWithAMissingResidualAreDroppedForEverySeries() {
        double[][] withGap = {{Double.NaN, 1, -2, 3, 0}, {5, 2, -1, 1, -2}};

        assertThat(ResidualCovariance.sample(withGap)).isDeepEqualTo(new double[][] {{3.5, 1.75}, {1.75, 2.5}});
    }

    @Test
    void aSeriesWithoutResidualVarianceIsFlooredSoTheCovarianceStaysInvertible() {
        double[][] cov = ResidualCovariance.sample(new double[][] {{1, -1, 1, -1}, {0, 0, 0, 0}});

        assertThat(cov[1][1]).isEqualTo(1e-8);
        assertThat(cov[0][1]).isZero();
    }

    @Test
    void theFactoredCorrelationEqualsTheCorrelationOfTheShrunkCovariance() {
        double[][] residuals = {{1, -2, 3, 0, 1}, {2, -1, 1, -2, 0}, {0, 0, 0, 0, 0}, {3, -3, 4, -2, 1}};
        ShrunkCovariance shrunk = ResidualCovariance.shrink(residuals);

        double[][] factored = ResidualCorrelation.of(residuals, shrunk.lambda()).dense();
        double[][] direct = ResidualCovariance.correlation(shrunk.covariance());

        for (int i = 0; i < direct.length; i++) assertThat(factored[i]).containsExactly(direct[i], within(1e-12));
        assertThat(ResidualCorrelation.of(residuals, 0.3).quadraticForm(new double[] {1, 0, 2, 0}))
                .isCloseTo(1 + 4, within(1e-12)); // the zero-residual series correlates with nothing
    }
}
