package org.salestrack.ui.forecast;

import java.util.List;
import org.salestrack.forecast.accuracy.BacktestResult;
import org.salestrack.forecast.service.ModelRun;

/**
 * The chosen model's holdout error next to seasonal naive's, as the screen says it in words: by MAPE, or by
 * WAPE where a zero month leaves MAPE undefined.
 *
 * @param error      the chosen model's error in percent; NaN when it has no backtest
 * @param naiveError seasonal naive's on the same months
 */
public record BacktestVerdict(String modelKey, int holdout, double error, double naiveError, Kind kind) {
    public enum Kind { BETTER, SAME, WORSE, IS_NAIVE, NO_BACKTEST }

    static BacktestVerdict of(ModelRun chosen, List<ModelRun> runs) {
        if (chosen == null) return null;
        if (chosen.key().equals("snaive")) return new BacktestVerdict(chosen.key(), ForecastViewModel.HOLDOUT, Double.NaN, Double.NaN, Kind.IS_NAIVE);
        ModelRun naive = runs.stream().filter(r -> r.key().equals("snaive")).findFirst().orElse(null);
        BacktestResult a = chosen.accuracy();
        BacktestResult b = naive == null ? null : naive.accuracy();
        if (a == null || b == null) return new BacktestVerdict(chosen.key(), ForecastViewModel.HOLDOUT, Double.NaN, Double.NaN, Kind.NO_BACKTEST);
        boolean mape = Double.isFinite(a.mape()) && Double.isFinite(b.mape());
        double e = mape ? a.mape() : a.wape();
        double n = mape ? b.mape() : b.wape();
        // the same rounding as the words: "9.1% against 9.1%" is the same, not worse
        double re = Math.round(e * 10) / 10.0;
        double rn = Math.round(n * 10) / 10.0;
        Kind k = re < rn ? Kind.BETTER : re > rn ? Kind.WORSE : Kind.SAME;
        return new BacktestVerdict(chosen.key(), a.horizon(), e, n, k);
    }
}
