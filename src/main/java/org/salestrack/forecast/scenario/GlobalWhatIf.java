package org.salestrack.forecast.scenario;

import org.salestrack.model.InvalidInput;
import java.util.LinkedHashMap;
import java.util.Map;
import org.salestrack.model.ScenarioDriverSpec;

/**
 * A price change and a planned campaign as the global model answers them, not through a fixed elasticity or uplift:
 * the model trained on the level with price and campaign days among its features forecasts again with the series'
 * price moved by {@code priceChange} over the forecast months and a campaign running through months
 * [{@code promoStart}, {@code promoStart + promoLength}) (length 0: none); units times its answer per step
 * ({@code multiplier}: the what-if forecast over the forecast as planned). Kept with the scenario.
 */
public record GlobalWhatIf(String target, double priceChange, int promoStart, int promoLength, double[] multiplier) implements ScenarioDriver {
    public static final String TYPE = "global";

    public GlobalWhatIf {
        Multipliers.requireTarget(target);
        if (!(priceChange > -1) || !Double.isFinite(priceChange)) throw InvalidInput.of("input.scenario.price", priceChange);
        if (promoStart < 0 || promoLength < 0) throw InvalidInput.of("input.scenario.campaign_steps");
        multiplier = Multipliers.ratios("the global model", multiplier);
    }

    @Override
    public double[] multiplier() { return multiplier.clone(); }

    /** True when this answers the same question (series, price change, campaign months). */
    public boolean answers(String series, double price, int start, int length) {
        return target.equals(series) && Math.abs(priceChange - price) < 1e-9 && promoStart == start && promoLength == length;
    }

    @Override
    public ForecastSet apply(ForecastSet forecast) {
        return Multipliers.applyByStep(forecast, target, multiplier);
    }

    @Override
    public ScenarioDriverSpec toSpec() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("target", target);
        p.put("priceChange", priceChange);
        p.put("promoStart", promoStart);
        p.put("promoLength", promoLength);
        p.put("multiplier", Multipliers.list(multiplier));
        return new ScenarioDriverSpec(TYPE, p);
    }
}
