package org.salestrack.forecast.ensemble;

import java.util.LinkedHashMap;
import java.util.Map;
import org.salestrack.forecast.FittedModel;
import org.salestrack.forecast.ForecastModel;
import org.salestrack.forecast.ScaledPrediction;
import org.salestrack.forecast.SimpleFittedModel;
import org.salestrack.forecast.util.SeasonalProfile;

/**
 * For a series too short to estimate its own seasonality: divides it by a seasonal profile borrowed from its
 * parent (or predecessors), forecasts the adjusted series with the non-seasonal combination, and multiplies
 * the seasonality back in. The profile is keyed by calendar position, so {@code firstOrdinal} (the period
 * ordinal of the series' first point) lines the series up with the parent's calendar.
 */
public final class BorrowedSeasonalityModel implements ForecastModel {
    private final SeasonalProfile profile;
    private final long firstOrdinal;

    public BorrowedSeasonalityModel(SeasonalProfile profile, long firstOrdinal) {
        this.profile = profile;
        this.firstOrdinal = firstOrdinal;
    }

    @Override
    public String key() {
        return "borrowed";
    }

    @Override
    public FittedModel fit(double[] y, int seasonLength) {
        int n = y.length;
        double[] adjusted = new double[n];
        for (int t = 0; t < n; t++) adjusted[t] = y[t] / profile.factor(firstOrdinal + t);
        FittedModel inner = CombinationModel.standard().fit(adjusted, 1);
        double[] innerFitted = inner.fitted();
        double[] fitted = new double[n];
        for (int t = 0; t < n; t++) fitted[t] = innerFitted[t] * profile.factor(firstOrdinal + t);
        Map<String, Double> params = new LinkedHashMap<>();
        double[] idx = profile.indices();
        for (int i = 0; i < idx.length; i++) params.put("season" + (i + 1), idx[i]);
        params.putAll(inner.parameters());
        return new SimpleFittedModel("Borrowed seasonality + " + inner.name(), params, fitted, Double.NaN, h -> {
            double[] f = new double[h];
            for (int i = 0; i < h; i++) f[i] = profile.factor(firstOrdinal + n + i);
            return new ScaledPrediction(inner.predict(h), f);
        });
    }
}
