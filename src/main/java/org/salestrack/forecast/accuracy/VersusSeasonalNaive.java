package org.salestrack.forecast.accuracy;

import org.salestrack.forecast.ForecastModel;
import org.salestrack.forecast.baseline.NaiveModel;

/**
 * A model's backtest next to seasonal naive's on the same origins: the bar every forecast must clear, or
 * say that it does not. MASE compares across series; WAPE is what a planner reads.
 */
public record VersusSeasonalNaive(int horizon, int origins, double mase, double naiveMase, double wape, double naiveWape) {

    /** True when the model's backtest error is above seasonal naive's (by MASE; a tie is not worse). */
    public boolean worse() {
        return Double.isFinite(mase) && Double.isFinite(naiveMase) && mase > naiveMase * (1 + 1e-9);
    }

    /** Both backtests on the same origins. */
    public static VersusSeasonalNaive of(ForecastModel model, double[] y, int seasonLength, int h, int origins) {
        return of(Backtest.rollingOrigin(model, y, seasonLength, h, origins), y, seasonLength);
    }

    /** The model's backtest already run; seasonal naive's on the same horizon and origins. */
    public static VersusSeasonalNaive of(BacktestResult model, double[] y, int seasonLength) {
        BacktestResult naive = Backtest.rollingOrigin(new NaiveModel(NaiveModel.Kind.SEASONAL_NAIVE), y, seasonLength,
                model.horizon(), model.origins());
        return new VersusSeasonalNaive(model.horizon(), model.origins(), model.mase(), naive.mase(), model.wape(), naive.wape());
    }

    /** The check's holdout when none was asked for: a quarter of the history, at most the horizon and one season. */
    public static int checkHorizon(int length, int seasonLength, int horizon) {
        return Math.max(1, Math.min(Math.min(horizon, Math.max(seasonLength, 6)), length / 4));
    }
}
