package org.salestrack.forecast.scenario;

import java.util.ArrayList;
import java.util.List;

/** Applies a per-step multiplier to one series, or to every series when the target is "*". */
final class Multipliers {
    private Multipliers() {}

    static ForecastSet apply(ForecastSet forecast, String target, double[] multiplier) {
        List<ForecastPaths> scaled = new ArrayList<>();
        if (ScenarioDriver.ALL_SERIES.equals(target)) {
            for (ForecastPaths series : forecast.series().values()) scaled.add(series.scaled(multiplier));
        } else {
            scaled.add(forecast.series(target).scaled(multiplier));
        }
        return forecast.with(scaled.toArray(ForecastPaths[]::new));
    }

    /** A multiplier worked out month by month (a subsidy, the global model's answer): 1 past its last month. */
    static ForecastSet applyByStep(ForecastSet forecast, String target, double[] byStep) {
        double[] m = new double[forecast.horizon()];
        for (int t = 0; t < m.length; t++) m[t] = t < byStep.length ? byStep[t] : 1.0;
        return apply(forecast, target, m);
    }

    /** A copy of {@code byStep}, each a non-negative finite ratio. */
    static double[] ratios(String what, double[] byStep) {
        double[] copy = byStep.clone();
        for (double m : copy) {
            if (!(m >= 0) || Double.isInfinite(m)) throw new IllegalArgumentException(what + "'s multiplier is a non-negative ratio, was " + m);
        }
        return copy;
    }

    /** The multiplier as a list, as a saved scenario's parameters hold it. */
    static List<Double> list(double[] byStep) {
        List<Double> out = new ArrayList<>();
        for (double v : byStep) out.add(v);
        return out;
    }

    /** 1 everywhere except [from, from + length) clipped to the horizon, where it is {@code value}. */
    static double[] window(int horizon, int from, int length, double value) {
        double[] multiplier = new double[horizon];
        for (int t = 0; t < horizon; t++) multiplier[t] = t >= from && t < from + length ? value : 1.0;
        return multiplier;
    }

    static void requireTarget(String target) {
        if (target == null || target.isBlank()) throw new IllegalArgumentException("a driver needs a target series, or \"*\" for all");
    }

    static void requireStep(String what, int step) {
        if (step < 0) throw new IllegalArgumentException(what + " must be a step of the horizon (0 = first period), was " + step);
    }
}
