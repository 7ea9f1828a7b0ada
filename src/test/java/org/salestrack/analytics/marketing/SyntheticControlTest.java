package org.salestrack.analytics.marketing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.salestrack.model.marketing.CampaignDays;
import org.salestrack.model.marketing.CampaignDonors;
import org.salestrack.model.marketing.CampaignImpact;

/**
 * Planted cases: the treated series is a known convex combination of donors (each indexed to its pre-period mean) and
 * the window multiplies it by a known uplift; the fit must give back the weights and the increment.
 */
class SyntheticControlTest {
    private static final int PRE = 84, WINDOW = 14, AFTER = 14, N = PRE + WINDOW + AFTER;

    private static double[][] donors() {
        double[][] d = new double[3][N];
        for (int i = 0; i < N; i++) {
            d[0][i] = 50 + 10 * Math.sin(2 * Math.PI * i / 7);
            d[1][i] = 200 + 30 * Math.cos(2 * Math.PI * i / 7) + i;
            d[2][i] = 80 + 0.5 * i + 5 * (i % 3);
        }
        return d;
    }

    private static double mean(double[] v, int n) {
        double s = 0;
        for (int i = 0; i < n; i++) s += v[i];
        return s / n;
    }

    /** 100 x (0.6 d0/m0 + 0.4 d2/m2), the window x uplift. */
    private static double[] treated(double[][] d, double uplift) {
        double m0 = mean(d[0], PRE), m2 = mean(d[2], PRE);
        double[] t = new double[N];
        for (int i = 0; i < N; i++) {
            t[i] = 100 * (0.6 * d[0][i] / m0 + 0.4 * d[2][i] / m2);
            if (i >= PRE && i < PRE + WINDOW) t[i] *= uplift;
        }
        return t;
    }

    @Test
    void theWeightsOfAnExactCombinationComeBack() {
        double[][] d = donors();
        boolean[] fit = new boolean[N];
        for (int i = 0; i < PRE; i++) fit[i] = true;
        SyntheticControl.Fit f = SyntheticControl.fit(treated(d, 1.3), d, fit);
        assertThat(f.weights()[0]).isCloseTo(0.6, within(1e-6));
        assertThat(f.weights()[1]).isCloseTo(0.0, within(1e-6));
        assertThat(f.weights()[2]).isCloseTo(0.4, within(1e-6));
        assertThat(f.scale()).isCloseTo(100, within(1e-9));
        assertThat(f.rmse()).isLessThan(1e-4);
        // the window's counterfactual is the untreated combination
        double[] untreated = treated(d, 1.0);
        for (int i = PRE; i < N; i++) assertThat(f.at(d, i)).isCloseTo(untreated[i], within(1e-3));
    }

    @Test
    void weightsStayOnTheSimplexWhenNoCombinationFits() {
        double[][] d = donors();
        double[] t = new double[N];
        // a series falling while every donor rises: the best convex fit, not an exact one
        for (int i = 0; i < N; i++) t[i] = 300 - 2 * i;
        boolean[] fit = new boolean[N];
        for (int i = 0; i < PRE; i++) fit[i] = true;
        SyntheticControl.Fit f = SyntheticControl.fit(t, d, fit);
        double sum = 0;
        for (double w : f.weights()) {
            assertThat(w).isGreaterThanOrEqualTo(0);
            sum += w;
        }
        assertThat(sum).isCloseTo(1, within(1e-9));
        // d0 is the only donor without a trend: all the weight goes to it (any other adds a rise the target lacks)
        assertThat(f.weights()[0]).isCloseTo(1, within(1e-6));
    }

    @Test
    void projectionOntoTheSimplexIsTheNearestPoint() {
        double[] p = SyntheticControl.projectOntoSimplex(new double[] {0.5, 0.9, -0.2}, new boolean[] {true, true, true});
        // theta = (0.5 + 0.9 - 1) / 2 = 0.2: (0.3, 0.7, 0)
        assertThat(p[0]).isCloseTo(0.3, within(1e-12));
        assertThat(p[1]).isCloseTo(0.7, within(1e-12));
        assertThat(p[2]).isCloseTo(0.0, within(1e-12));
    }

    /**
     * Through the campaign engine with noise: units at 8 yuan each, a 30% uplift over 14 days; the planted increment
     * (0.3 x the untreated window) lies in the 90% interval and the weights come back to 0.05.
     */
    @Test
    void thePlantedUpliftLiesInTheSyntheticIntervalWithNoise() {
        double[][] d = donors();
        double[] clean = treated(d, 1.0);
        double[] t = treated(d, 1.3);
        SplittableRandom rng = new SplittableRandom(7);
        double[] units = new double[N], revenue = new double[N], margin = new double[N];
        for (int i = 0; i < N; i++) {
            units[i] = t[i] + rng.nextGaussian() * 2;
            revenue[i] = units[i] * 8;
            margin[i] = units[i] * 2;
        }
        LocalDate first = LocalDate.of(2025, 1, 1);
        CampaignDays days = new CampaignDays("X", "x", "t", first.plusDays(PRE), first.plusDays(PRE + WINDOW - 1), BigDecimal.TEN,
                first, units, revenue, margin, new boolean[N]);
        CampaignDonors donors = new CampaignDonors(List.of("a", "b", "c"), d, new boolean[N]);
        CampaignImpact.Synthetic s = new CampaignBaseline("naive").synthetic(days, donors).orElseThrow();
        double truth = 0;
        for (int i = PRE; i < PRE + WINDOW; i++) truth += t[i] - clean[i];
        assertThat(s.weights()[0]).isCloseTo(0.6, within(0.05));
        assertThat(s.weights()[2]).isCloseTo(0.4, within(0.05));
        assertThat(s.fitDays()).isEqualTo(PRE);
        assertThat(truth).isBetween(s.units().incrementalLow(), s.units().incrementalHigh());
        assertThat(s.units().incremental()).isCloseTo(truth, within(0.1 * truth));
        assertThat(s.revenue().incremental()).isCloseTo(s.units().incremental() * 8, within(1e-6));
        assertThat(s.revenueFromWindow()).hasSize(WINDOW + AFTER);
        // a day another campaign touched a donor is not fitted on
        boolean[] touched = new boolean[N];
        touched[3] = touched[10] = true;
        assertThat(new CampaignBaseline("naive").synthetic(days, new CampaignDonors(List.of("a", "b", "c"), d, touched))
                .orElseThrow().fitDays()).isEqualTo(PRE - 2);
    }
}
