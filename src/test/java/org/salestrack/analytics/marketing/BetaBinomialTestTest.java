package org.salestrack.analytics.marketing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.hipparchus.distribution.continuous.BetaDistribution;
import org.junit.jupiter.api.Test;
import org.salestrack.model.marketing.AbResult;
import org.salestrack.model.marketing.Conversions;

class BetaBinomialTestTest {

    /** The issue's figure: 120 of 1,000 against 145 of 1,000 gives P(B > A) = 0.9502. */
    @Test
    void probabilityThatBBeatsAOfTheIssuesTest() {
        AbResult r = BetaBinomialTest.compare(new Conversions(120, 1000), new Conversions(145, 1000));
        assertThat(Math.round(r.probabilityBBeatsA() * 10_000) / 10_000.0).isEqualTo(0.9502);
        assertThat(r.probabilityBBeatsA()).isCloseTo(integrated(121, 881, 146, 856), within(1e-7));
    }

    /** Expected losses checked against a direct numerical double integral. */
    @Test
    void expectedLossesAgreeWithNumericalIntegration() {
        AbResult r = BetaBinomialTest.compare(new Conversions(120, 1000), new Conversions(145, 1000));
        double[] loss = integratedLosses(121, 881, 146, 856);
        assertThat(r.expectedLossA()).isCloseTo(loss[0], within(2e-6));
        assertThat(r.expectedLossB()).isCloseTo(loss[1], within(2e-6));
        assertThat(r.expectedLossA()).isGreaterThan(r.expectedLossB());
        assertThat(r.expectedLossA() - r.expectedLossB()).isCloseTo(146.0 / 1002 - 121.0 / 1002, within(1e-12));
    }

    @Test
    void credibleIntervalsAreTheBetaPosteriorsQuantiles() {
        AbResult r = BetaBinomialTest.compare(new Conversions(120, 1000), new Conversions(145, 1000));
        assertThat(r.a().mean()).isCloseTo(121.0 / 1002, within(1e-12));
        assertThat(r.a().low()).isCloseTo(0.1015, within(5e-4));
        assertThat(r.a().high()).isCloseTo(0.1413, within(5e-4));
        assertThat(new BetaDistribution(146, 856).cumulativeProbability(r.b().low())).isCloseTo(0.025, within(1e-6));
        assertThat(new BetaDistribution(146, 856).cumulativeProbability(r.b().high())).isCloseTo(0.975, within(1e-6));
    }

    @Test
    void equalCountsAreACoinToss() {
        AbResult r = BetaBinomialTest.compare(new Conversions(50, 500), new Conversions(50, 500));
        assertThat(r.probabilityBBeatsA()).isCloseTo(0.5, within(1e-9));
        assertThat(r.expectedLossA()).isCloseTo(r.expectedLossB(), within(1e-12));
    }

    @Test
    void thompsonSharesFollowTheProbabilityOfBeingBest() {
        List<Conversions> v = List.of(new Conversions(120, 1000), new Conversions(145, 1000));
        double[] shares = ThompsonSplit.shares(v, 20_000, 42);
        assertThat(shares[0] + shares[1]).isCloseTo(1, within(1e-12));
        assertThat(shares[1]).isCloseTo(0.9502, within(0.01));
        assertThat(ThompsonSplit.shares(v, 20_000, 42)).containsExactly(shares);
    }

    @Test
    void countsAreReadAsConversionsOverTrials() {
        assertThat(Conversions.parse(" 145/1000 ")).isEqualTo(new Conversions(145, 1000));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Conversions.parse("1200/1000"))
                .hasMessageContaining("between 0 and 1000");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Conversions.parse("12%"))
                .hasMessageContaining("CONV/N");
    }

    /** P(pB > pA) = integral of f_A(x) (1 - F_B(x)) dx by Simpson's rule. */
    private static double integrated(double aa, double ba, double ab, double bb) {
        BetaDistribution a = new BetaDistribution(aa, ba), b = new BetaDistribution(ab, bb);
        int n = 20_000;
        double h = 1.0 / n, s = 0;
        for (int i = 0; i <= n; i++) {
            double x = i * h;
            double f = a.density(x) * (1 - b.cumulativeProbability(x));
            s += (i == 0 || i == n ? 1 : i % 2 == 1 ? 4 : 2) * f;
        }
        return s * h / 3;
    }

    private static double[] integratedLosses(double aa, double ba, double ab, double bb) {
        BetaDistribution a = new BetaDistribution(aa, ba), b = new BetaDistribution(ab, bb);
        int n = 1200;
        double lo = 0.05, hi = 0.25, h = (hi - lo) / n;
        double lossA = 0, lossB = 0;
        for (int i = 0; i < n; i++) {
            double x = lo + (i + 0.5) * h;
            double fx = a.density(x);
            for (int k = 0; k < n; k++) {
                double y = lo + (k + 0.5) * h;
                double w = fx * b.density(y) * h * h;
                if (y > x) lossA += (y - x) * w; else lossB += (x - y) * w;
            }
        }
        return new double[] {lossA, lossB};
    }
}
