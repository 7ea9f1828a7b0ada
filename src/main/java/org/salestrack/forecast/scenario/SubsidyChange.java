package org.salestrack.forecast.scenario;

import org.salestrack.model.InvalidInput;
import java.util.LinkedHashMap;
import java.util.Map;
import org.salestrack.model.ScenarioDriverSpec;

/**
 * The subsidy in the forecast months set to {@code rate} (0: turned off) instead of what the policies plan: units
 * times the global model's response per step ({@code multiplier}: its forecast with the what-if subsidy over its
 * forecast as planned, trained on the level with the subsidy as a driver). Kept with the scenario, so a saved
 * scenario shows the effect it was saved with.
 */
public record SubsidyChange(String target, double rate, double[] multiplier) implements ScenarioDriver {
    public static final String TYPE = "subsidy";

    public SubsidyChange {
        Multipliers.requireTarget(target);
        if (!(rate >= 0 && rate <= 1)) throw InvalidInput.of("input.scenario.subsidy", rate);
        multiplier = Multipliers.ratios("a subsidy", multiplier);
    }

    @Override
    public double[] multiplier() { return multiplier.clone(); }

    @Override
    public ForecastSet apply(ForecastSet forecast) {
        return Multipliers.applyByStep(forecast, target, multiplier);
    }

    @Override
    public ScenarioDriverSpec toSpec() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("target", target);
        p.put("rate", rate);
        p.put("multiplier", Multipliers.list(multiplier));
        return new ScenarioDriverSpec(TYPE, p);
    }
}
