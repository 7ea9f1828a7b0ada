package org.salestrack.forecast.ets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.salestrack.forecast.ClassicSeries;

/** The combination's ETS stops the optimiser at 1,000 evaluations: the same model, a fit barely worse than ets's. */
class EtsApproximateTest {
    @Test
    void aThousandEvaluationsFindTheSameModelAsEtsOnAirPassengers() {
        EtsFit full = new EtsModel().fit(ClassicSeries.AIR_PASSENGERS, 12);
        EtsFit approximate = EtsModel.approximate().fit(ClassicSeries.AIR_PASSENGERS, 12);
        assertThat(approximate.name()).isEqualTo(full.name()).isEqualTo("ETS(M,Ad,M)");
        // the full budget can only do better; the shorter one stays within a fraction of a point of AICc
        assertThat(approximate.aicc()).isGreaterThanOrEqualTo(full.aicc() - 1e-9).isCloseTo(full.aicc(), within(2.0));
        double[] a = approximate.predict(12).mean();
        double[] f = full.predict(12).mean();
        for (int i = 0; i < 12; i++) assertThat(a[i]).isCloseTo(f[i], within(0.03 * f[i]));
    }
}
