package org.salestrack.forecast.scenario;

import org.salestrack.model.InvalidInput;
import java.util.LinkedHashMap;
import java.util.Map;
import org.salestrack.model.ScenarioDriverSpec;

/**
 * A competitor's launch: units drop by {@code depth} (0.3 = 30%) at {@code dipStep}, then recover linearly
 * over {@code recoveryLength} steps to 1 - {@code lastingLoss} (0 when the market comes fully back). E.g.
 * depth 0.3, dip at step 2, recovery 3: 1, 1, 0.7, 0.8, 0.9, 1, 1 ... A straight line because the user sets
 * its two ends and should be able to predict the path between them.
 */
public record CompetitorLaunch(String target, int dipStep, double depth, int recoveryLength, double lastingLoss) implements ScenarioDriver {
    public static final String TYPE = "competitor";

    public CompetitorLaunch {
        Multipliers.requireTarget(target);
        Multipliers.requireStep("dipStep", dipStep);
        if (!(depth >= 0 && depth <= 1)) throw InvalidInput.of("input.scenario.depth", depth);
        if (!(lastingLoss >= 0 && lastingLoss <= depth)) throw InvalidInput.of("input.scenario.lasting", lastingLoss);
        if (recoveryLength < 0) throw InvalidInput.of("input.scenario.recovery", recoveryLength);
    }

    public CompetitorLaunch(String target, int dipStep, double depth, int recoveryLength) {
        this(target, dipStep, depth, recoveryLength, 0.0);
    }

    /** The multiplier on units at each step of a horizon. */
    public double[] multiplier(int horizon) {
        double[] multiplier = new double[horizon];
        double settled = 1 - lastingLoss;
        for (int t = 0; t < horizon; t++) {
            int sinceDip = t - dipStep;
            if (sinceDip < 0) multiplier[t] = 1.0;
            else if (sinceDip == 0) multiplier[t] = 1 - depth;
            else if (sinceDip >= recoveryLength) multiplier[t] = settled;
            else multiplier[t] = (1 - depth) + (settled - (1 - depth)) * sinceDip / recoveryLength;
        }
        return multiplier;
    }

    @Override
    public ForecastSet apply(ForecastSet forecast) {
        return Multipliers.apply(forecast, target, multiplier(forecast.horizon()));
    }

    @Override
    public ScenarioDriverSpec toSpec() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("target", target);
        p.put("dipStep", dipStep);
        p.put("depth", depth);
        p.put("recoveryLength", recoveryLength);
        p.put("lastingLoss", lastingLoss);
        return new ScenarioDriverSpec(TYPE, p);
    }
}
