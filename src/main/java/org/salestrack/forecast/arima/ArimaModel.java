package org.salestrack.forecast.arima;

import org.salestrack.forecast.ForecastModel;
import org.salestrack.forecast.util.Stats;

/** An ARIMA of a given order, fitted by CSS-ML (R's arima default). */
public final class ArimaModel implements ForecastModel {
    private final int p;
    private final int d;
    private final int q;
    private final int bigP;
    private final int bigD;
    private final int bigQ;
    private final boolean constant;

    /** Seasonal orders apply only when the series' season length is above 1. */
    public ArimaModel(int p, int d, int q, int bigP, int bigD, int bigQ, boolean constant) {
        this.p = p;
        this.d = d;
        this.q = q;
        this.bigP = bigP;
        this.bigD = bigD;
        this.bigQ = bigQ;
        this.constant = constant;
    }

    @Override
    public String key() {
        return "arima";
    }

    @Override
    public ArimaFit fit(double[] y, int seasonLength) {
        if (!Stats.allFinite(y)) {
            throw new IllegalArgumentException("ARIMA needs finite observations");
        }
        ArimaOrder order = seasonLength > 1
                ? new ArimaOrder(p, d, q, bigP, bigD, bigQ, seasonLength, constant)
                : ArimaOrder.nonSeasonal(p, d, q, constant);
        return ArimaEstimator.fit(y, order, ArimaEstimator.Method.CSS_ML)
                .map(e -> new ArimaFit(e, y))
                .orElseThrow(() -> new IllegalArgumentException("could not fit " + order.name() + " to " + y.length + " observations"));
    }
}
