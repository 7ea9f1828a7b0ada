package org.salestrack.forecast;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;

/** A fitted model made of its parts; the forecasting rule is supplied by the method that fitted it. */
public final class SimpleFittedModel implements FittedModel {
    private final String name;
    private final Map<String, Double> parameters;
    private final double[] fitted;
    private final double aicc;
    private final IntFunction<Prediction> forecaster;

    public SimpleFittedModel(String name, Map<String, Double> parameters, double[] fitted, double aicc,
            IntFunction<Prediction> forecaster) {
        this.name = name;
        this.parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        this.fitted = fitted.clone();
        this.aicc = aicc;
        this.forecaster = forecaster;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Map<String, Double> parameters() {
        return parameters;
    }

    @Override
    public double[] fitted() {
        return fitted.clone();
    }

    @Override
    public double aicc() {
        return aicc;
    }

    @Override
    public Prediction predict(int horizon) {
        if (horizon < 1) {
            throw new IllegalArgumentException("horizon must be at least 1: " + horizon);
        }
        return forecaster.apply(horizon);
    }

    @Override
    public String toString() {
        return name + parameters;
    }
}
