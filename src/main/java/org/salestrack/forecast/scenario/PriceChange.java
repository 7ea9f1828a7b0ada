package org.salestrack.forecast.scenario;

import org.salestrack.model.InvalidInput;
import java.util.LinkedHashMap;
import java.util.Map;
import org.salestrack.model.ScenarioDriverSpec;

/**
 * A relative price change from a step on, e.g. -0.05 for 5% off. Units follow the constant-elasticity
 * (log-log) demand curve the elasticity was estimated with: multiplier = (1 + change)^elasticity, so with
 * elasticity -1.5 a 5% cut sells 0.95^-1.5 = 1.0800 times as many units.
 */
public record PriceChange(String target, double priceChange, double elasticity, int fromStep) implements ScenarioDriver {
    public static final String TYPE = "price";

    public PriceChange {
        Multipliers.requireTarget(target);
        Multipliers.requireStep("fromStep", fromStep);
        if (!(priceChange > -1) || !Double.isFinite(priceChange)) throw InvalidInput.of("input.scenario.price", priceChange);
        if (!Double.isFinite(elasticity)) throw InvalidInput.of("input.scenario.elasticity", elasticity);
    }

    public double unitMultiplier() {
        return Math.pow(1 + priceChange, elasticity);
    }

    @Override
    public ForecastSet apply(ForecastSet forecast) {
        return Multipliers.apply(forecast, target, Multipliers.window(forecast.horizon(), fromStep, Integer.MAX_VALUE - fromStep, unitMultiplier()));
    }

    @Override
    public ScenarioDriverSpec toSpec() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("target", target);
        p.put("priceChange", priceChange);
        p.put("elasticity", elasticity);
        p.put("fromStep", fromStep);
        return new ScenarioDriverSpec(TYPE, p);
    }
}
