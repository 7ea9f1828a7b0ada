package org.salestrack.forecast.scenario;

import org.salestrack.model.InvalidInput;
import java.util.LinkedHashMap;
import java.util.Map;
import org.salestrack.model.ScenarioDriverSpec;

/**
 * A promotion of a given type over [startStep, startStep + length): units times the uplift measured on past
 * campaigns of that type (see {@link UpliftEstimator}), e.g. 1.35 for +35%.
 */
public record Promotion(String target, String promoType, int startStep, int length, double uplift) implements ScenarioDriver {
    public static final String TYPE = "promotion";

    public Promotion {
        Multipliers.requireTarget(target);
        Multipliers.requireStep("startStep", startStep);
        if (length < 1) throw InvalidInput.of("input.scenario.promo_length", length);
        if (!(uplift >= 0) || Double.isInfinite(uplift)) throw InvalidInput.of("input.scenario.uplift", uplift);
        if (promoType == null) promoType = "";
    }

    @Override
    public ForecastSet apply(ForecastSet forecast) {
        return Multipliers.apply(forecast, target, Multipliers.window(forecast.horizon(), startStep, length, uplift));
    }

    @Override
    public ScenarioDriverSpec toSpec() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("target", target);
        p.put("promoType", promoType);
        p.put("startStep", startStep);
        p.put("length", length);
        p.put("uplift", uplift);
        return new ScenarioDriverSpec(TYPE, p);
    }
}
