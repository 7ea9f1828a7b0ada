package org.salestrack.forecast.accuracy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.salestrack.forecast.baseline.NaiveModel;

class BacktestTest {
    private final double[] line = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};

    @Test
    void holdoutOfTheNaiveMethodOnALine() {
        // fit on 1..7, forecast 7,7,7 for actuals 8,9,10: errors 1,2,3
        BacktestResult r = Backtest.holdout(new NaiveModel(NaiveModel.Kind.NAIVE), line, 1, 3);
        assertThat(r.rmse()).isCloseTo(Math.sqrt(14.0 / 3), within(1e-12));
        assertThat(r.mase()).isCloseTo(2.0, within(1e-12));
        assertThat(r.mape()).isCloseTo(100 * (1 / 8.0 + 2 / 9.0 + 3 / 10.0) / 3, within(1e-9));
        assertThat(r.model()).isEqualTo("Naive");
    }

    @Test
    void theDriftMethodIsExactOnALine() {
        BacktestResult r = Backtest.rollingOrigin(new NaiveModel(NaiveModel.Kind.DRIFT), line, 1, 2, 3);
        assertThat(r.origins()).isEqualTo(3);
        assertThat(r.rmse()).isCloseTo(0, within(1e-12));
        assertThat(r.smape()).isCloseTo(0, within(1e-12));
    }

    @Test
    void rollingOriginAveragesOverOrigins() {
        // naive, h = 1: origins forecast 9 for 10, 8 for 9, 7 for 8 -> every error is 1
        BacktestResult r = Backtest.rollingOrigin(new NaiveModel(NaiveModel.Kind.NAIVE), line, 1, 1, 3);
        assertThat(r.rmse()).isCloseTo(1, within(1e-12));
        assertThat(r.wape()).isCloseTo(100 * (1 / 10.0 + 1 / 9.0 + 1 / 8.0) / 3, within(1e-9));
    }
}
