package org.salestrack.forecast.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BassDiffusionTest {

    @Test
    void theCurveFollowsTheClosedForm() {
        BassDiffusion b = new BassDiffusion(0.03, 0.38, 10_000);
        // F(1) = (1 - e^-0.41) / (1 + (0.38/0.03) e^-0.41), worked by hand: e^-0.41 = 0.663650250
        double e = 0.663650250;
        assertThat(b.cumulative(1)).isCloseTo((1 - e) / (1 + 0.38 / 0.03 * e), within(1e-9));
        double[] s = b.sales(200);
        double sum = 0;
        for (double v : s) sum += v;
        assertThat(sum).isCloseTo(10_000, within(1e-6));
        // the peak falls at t* = ln(q/p)/(p+q) = 6.19 periods: period 7 (index 6) is the highest
        assertThat(b.peakTime()).isCloseTo(Math.log(0.38 / 0.03) / 0.41, within(1e-12));
        int peak = 0;
        for (int k = 1; k < 24; k++) if (s[k] > s[peak]) peak = k;
        assertThat(peak).isEqualTo(6);
    }

    @ParameterizedTest
    @CsvSource({"0.03, 0.38, 10000, 24", "0.25, 0.05, 5000, 12", "0.01, 0.6, 80000, 18", "0.4, 0.2, 1200, 6"})
    void aCurveGeneratedFromKnownParametersIsFittedBackToThem(double p, double q, double m, int periods) {
        double[] sales = new BassDiffusion(p, q, m).sales(periods);
        BassDiffusion fit = BassDiffusion.fit(sales);
        assertThat(fit.p()).isCloseTo(p, within(p * 1e-3));
        assertThat(fit.q()).isCloseTo(q, within(Math.max(q * 1e-3, 1e-4)));
        assertThat(fit.m()).isCloseTo(m, within(m * 1e-3));
    }

    @Test
    void noisyCurvesOfOneShapeGiveTheirCommonParametersBack() {
        BassDiffusion truth = new BassDiffusion(0.2, 0.15, 3000);
        double[] clean = truth.sales(15);
        Random rnd = new Random(19_003);
        double[][] curves = new double[4][];
        for (int c = 0; c < 4; c++) {
            curves[c] = new double[clean.length - c];
            for (int k = 0; k < curves[c].length; k++) curves[c][k] = clean[k] * (1 + 0.05 * rnd.nextGaussian());
        }
        BassDiffusion fit = BassDiffusion.fit(List.of(curves));
        assertThat(fit.p()).isCloseTo(0.2, within(0.02));
        assertThat(fit.q()).isCloseTo(0.15, within(0.04));
        assertThat(fit.m()).isCloseTo(3000, within(300.0));
    }

    @Test
    void nothingSoldCannotBeFitted() {
        assertThatThrownBy(() -> BassDiffusion.fit(new double[] {0, 0, 0})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BassDiffusion.fit(new double[] {5, -1})).isInstanceOf(IllegalArgumentException.class);
    }
}
