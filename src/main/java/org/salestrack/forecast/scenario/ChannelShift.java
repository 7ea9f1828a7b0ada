package org.salestrack.forecast.scenario;

import org.salestrack.model.InvalidInput;
import java.util.LinkedHashMap;
import java.util.Map;
import org.salestrack.model.ScenarioDriverSpec;

/**
 * Moves a fraction of one channel's forecast to another from a step on; the two channels' total mean is
 * unchanged. Quantiles: the source's scale by (1 - fraction) exactly; the destination's gain fraction times
 * the source's quantile. That is exact when the two channels move together (quantiles of comonotone parts
 * add up) and, for roughly normal errors, errs on the wide side otherwise: a band too wide beats one too narrow.
 */
public record ChannelShift(String fromSeries, String toSeries, double fraction, int fromStep) implements ScenarioDriver {
    public static final String TYPE = "channel-shift";

    public ChannelShift {
        Multipliers.requireTarget(fromSeries);
        Multipliers.requireTarget(toSeries);
        if (ALL_SERIES.equals(fromSeries) || ALL_SERIES.equals(toSeries) || fromSeries.equals(toSeries)) {
            throw InvalidInput.of("input.scenario.shift_series");
        }
        if (!(fraction >= 0 && fraction <= 1)) throw InvalidInput.of("input.scenario.shift_fraction", fraction);
        Multipliers.requireStep("fromStep", fromStep);
    }

    @Override
    public ForecastSet apply(ForecastSet forecast) {
        ForecastPaths from = forecast.series(fromSeries);
        ForecastPaths to = forecast.series(toSeries);
        double[] moved = new double[forecast.horizon()];
        for (int t = fromStep; t < moved.length; t++) moved[t] = fraction;
        ForecastPaths newFrom = new ForecastPaths(fromSeries, keep(from.mean(), moved), keep(from.p10(), moved), keep(from.p50(), moved), keep(from.p90(), moved));
        ForecastPaths newTo = new ForecastPaths(toSeries, gain(to.mean(), from.mean(), moved), gain(to.p10(), from.p10(), moved),
                gain(to.p50(), from.p50(), moved), gain(to.p90(), from.p90(), moved));
        return forecast.with(newFrom, newTo);
    }

    private static double[] keep(double[] path, double[] moved) {
        if (path == null) return null;
        for (int t = 0; t < path.length; t++) path[t] -= path[t] * moved[t];
        return path;
    }

    /** A destination quantile only exists if both sides have it; otherwise it is dropped rather than guessed. */
    private static double[] gain(double[] destination, double[] source, double[] moved) {
        if (destination == null || source == null) return null;
        for (int t = 0; t < destination.length; t++) destination[t] += source[t] * moved[t];
        return destination;
    }

    @Override
    public ScenarioDriverSpec toSpec() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("fromSeries", fromSeries);
        p.put("toSeries", toSeries);
        p.put("fraction", fraction);
        p.put("fromStep", fromStep);
        return new ScenarioDriverSpec(TYPE, p);
    }
}
