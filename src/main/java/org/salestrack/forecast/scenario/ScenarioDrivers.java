package org.salestrack.forecast.scenario;

import java.util.Map;
import org.salestrack.model.ScenarioDriverSpec;

/** Reads a saved driver back. Numbers may arrive as any Number or as text (hand-edited JSON). */
public final class ScenarioDrivers {
    private ScenarioDrivers() {}

    public static ScenarioDriver fromSpec(ScenarioDriverSpec spec) {
        Map<String, Object> p = spec.parameters();
        return switch (spec.type()) {
            case PriceChange.TYPE -> new PriceChange(text(spec, "target"), number(spec, "priceChange"), number(spec, "elasticity"), step(spec, "fromStep", 0));
            case Promotion.TYPE -> new Promotion(text(spec, "target"), p.containsKey("promoType") ? text(spec, "promoType") : "",
                    step(spec, "startStep", null), step(spec, "length", null), number(spec, "uplift"));
            case CompetitorLaunch.TYPE -> new CompetitorLaunch(text(spec, "target"), step(spec, "dipStep", null), number(spec, "depth"),
                    step(spec, "recoveryLength", null), p.containsKey("lastingLoss") ? number(spec, "lastingLoss") : 0.0);
            case ChannelShift.TYPE -> new ChannelShift(text(spec, "fromSeries"), text(spec, "toSeries"), number(spec, "fraction"), step(spec, "fromStep", 0));
            case SubsidyChange.TYPE -> new SubsidyChange(text(spec, "target"), number(spec, "rate"), numbers(spec, "multiplier"));
            case GlobalWhatIf.TYPE -> new GlobalWhatIf(text(spec, "target"), number(spec, "priceChange"), step(spec, "promoStart", 0),
                    step(spec, "promoLength", 0), numbers(spec, "multiplier"));
            default -> throw new IllegalArgumentException("unknown driver type \"" + spec.type() + "\"; known: price, promotion, competitor, channel-shift, subsidy, global");
        };
    }

    private static String text(ScenarioDriverSpec spec, String name) {
        Object value = required(spec, name);
        return value.toString();
    }

    private static double number(ScenarioDriverSpec spec, String name) {
        Object value = required(spec, name);
        if (value instanceof Number n) return n.doubleValue();
        try {
            return Double.parseDouble(value.toString().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(spec.type() + " driver: " + name + " must be a number, was \"" + value + "\"");
        }
    }

    private static double[] numbers(ScenarioDriverSpec spec, String name) {
        if (!(required(spec, name) instanceof java.util.List<?> list)) throw new IllegalArgumentException(spec.type() + " driver: " + name + " must be a list of numbers");
        double[] out = new double[list.size()];
        for (int i = 0; i < out.length; i++) {
            Object v = list.get(i);
            try {
                out[i] = v instanceof Number n ? n.doubleValue() : Double.parseDouble(String.valueOf(v).trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(spec.type() + " driver: " + name + " must be a list of numbers, had \"" + v + "\"");
            }
        }
        return out;
    }

    private static int step(ScenarioDriverSpec spec, String name, Integer fallback) {
        if (fallback != null && !spec.parameters().containsKey(name)) return fallback;
        double value = number(spec, name);
        if (value != Math.rint(value)) throw new IllegalArgumentException(spec.type() + " driver: " + name + " must be a whole number, was " + value);
        return (int) value;
    }

    private static Object required(ScenarioDriverSpec spec, String name) {
        Object value = spec.parameters().get(name);
        if (value == null) throw new IllegalArgumentException(spec.type() + " driver: \"" + name + "\" is missing");
        return value;
    }
}
