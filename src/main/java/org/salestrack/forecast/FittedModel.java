package org.salestrack.forecast;

import java.util.Map;

/** A model fitted to one series: what was chosen, its parameters, its in-sample fit and its forecasts. */
public interface FittedModel {

    /** Human-readable model name, e.g. {@code "ETS(M,Ad,M)"}, {@code "ARIMA(0,1,1)(0,1,1)[12]"}, {@code "Theta"}. */
    String name();

    /** Fitted parameters by name (smoothing weights, coefficients, initial states), in a stable order. */
    Map<String, Double> parameters();

    /** One-step-ahead in-sample fitted values, same length as the series (NaN where undefined). */
    double[] fitted();

    /** Corrected Akaike information criterion, or NaN when the method has no likelihood. */
    double aicc();

    /** Forecasts the next {@code horizon} periods. */
    Prediction predict(int horizon);
}
