package org.salestrack.forecast.ensemble;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.salestrack.forecast.CombinedPrediction;
import org.salestrack.forecast.FittedModel;
import org.salestrack.forecast.ForecastModel;
import org.salestrack.forecast.Prediction;
import org.salestrack.forecast.SimpleFittedModel;
import org.salestrack.forecast.arima.AutoArima;
import org.salestrack.forecast.ets.EtsModel;
import org.salestrack.forecast.stl.StlEtsModel;
import org.salestrack.forecast.theta.ThetaModel;

/**
 * Equal-weight combination of several methods. Averaging ETS, ARIMA and Theta beats each of them on M3
 * (the README table's last row); a member that cannot fit the series is left out rather than failing
 * the combination.
 */
public final class CombinationModel implements ForecastModel {
    private final IntFunction<List<ForecastModel>> membersForSeason;

    /** A combination of these members for every series. */
    public CombinationModel(List<ForecastModel> members) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("a combination needs members");
        }
        List<ForecastModel> copy = List.copyOf(members);
        this.membersForSeason = m -> copy;
    }

    private CombinationModel(IntFunction<List<ForecastModel>> membersForSeason) {
        this.membersForSeason = membersForSeason;
    }

    /**
     * The standard combination: ETS, ARIMA and Theta; ARIMA searches by CSS and refits the winner by ML
     * with at most 20 BFGS iterations ({@link AutoArima#approximate()}: auto.arima's approximation, several
     * times faster on seasonal data, and on M3 as accurate in the combination as the exact search); for seasons
     * longer than ETS handles (m &gt; 24), STL+ETS and Theta.
     */
    public static CombinationModel standard() {
        return new CombinationModel(m -> m > 24
                ? List.of(new StlEtsModel(), new ThetaModel())
                : List.of(EtsModel.approximate(), AutoArima.approximate(), new ThetaModel()));
    }

    @Override
    public String key() {
        return "combo";
    }

    @Override
    public FittedModel fit(double[] y, int seasonLength) {
        List<FittedModel> fits = new ArrayList<>();
        IllegalArgumentException last = null;
        for (ForecastModel m : membersForSeason.apply(seasonLength)) {
            try {
                fits.add(m.fit(y, seasonLength));
            } catch (IllegalArgumentException ex) {
                last = ex;
            }
        }
        if (fits.isEmpty()) {
            throw last != null ? last : new IllegalArgumentException("no member could fit the series");
        }
        Map<String, Double> params = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        for (FittedModel f : fits) {
            names.add(f.name());
            f.parameters().forEach((k, v) -> params.put(f.name() + "." + k, v));
        }
        return new SimpleFittedModel("Combination(" + String.join(", ", names) + ")", params, averageFitted(fits, y.length),
                Double.NaN, h -> {
                    List<Prediction> predictions = new ArrayList<>();
                    for (FittedModel f : fits) {
                        predictions.add(f.predict(h));
                    }
                    return new CombinedPrediction(predictions);
                });
    }

    /** Mean of the members' fitted values where all are defined. */
    private static double[] averageFitted(List<FittedModel> fits, int n) {
        double[] out = new double[n];
        for (FittedModel f : fits) {
            double[] v = f.fitted();
            for (int t = 0; t < n; t++) {
                out[t] += v[t] / fits.size();
            }
        }
        return out;
    }
}
