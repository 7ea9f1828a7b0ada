package org.salestrack.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.salestrack.bench.M3Data;
import org.salestrack.forecast.accuracy.Accuracy;

/**
 * Every 75th M3 series (41 of 3,003, all frequencies; test resources m3-sample). The default automatic
 * method must beat Naive2, the competition's yardstick, on both sMAPE and MASE. Full-set figures are
 * produced by bench/forecast, not here.
 */
class M3SampleSmokeTest {
    private static M3Data data;

    @BeforeAll
    static void load() throws Exception {
        data = M3Data.load(Path.of(M3SampleSmokeTest.class.getResource("/m3-sample/series.csv").toURI()).getParent());
    }

    @Test
    void sampleHasEveryFrequency() {
        assertThat(data.series()).hasSize(41);
        assertThat(data.series()).extracting(M3Data.Series::type).contains("yearly", "quarterly", "monthly", "other");
    }

    @Test
    void autoBeatsNaive2() {
        double[] auto = score(ModelCatalog.byKey("auto"));
        double[] naive2 = score(ModelCatalog.byKey("naive2"));
        assertThat(auto[0]).as("sMAPE auto vs naive2").isLessThan(naive2[0]);
        assertThat(auto[1]).as("MASE auto vs naive2").isLessThan(naive2[1]);
    }

    /** Mean sMAPE and MASE over the sample. */
    private static double[] score(ForecastModel model) {
        double smape = 0;
        double mase = 0;
        for (M3Data.Series s : data.series()) {
            double[] f = model.fit(s.train(), s.frequency()).predict(s.test().length).mean();
            smape += Accuracy.smape(s.test(), f);
            mase += Accuracy.mase(s.test(), f, s.train(), s.frequency());
        }
        int n = data.series().size();
        return new double[] {smape / n, mase / n};
    }
}
