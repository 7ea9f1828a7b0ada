package org.salestrack.forecast;

import java.util.List;
import org.salestrack.forecast.baseline.Naive2Model;
import org.salestrack.forecast.baseline.NaiveModel;
import org.salestrack.forecast.ets.EtsModel;

/** The models by their command-line key. */
public final class ModelCatalog {
    /** Keys accepted by {@link #byKey}, in the order the CLI documents them. */
    public static final List<String> KEYS = List.of("naive", "snaive", "drift", "naive2", "ets", "theta");

    private ModelCatalog() {}

    public static ForecastModel byKey(String key) {
        return switch (key) {
            case "naive" -> new NaiveModel(NaiveModel.Kind.NAIVE);
            case "snaive" -> new NaiveModel(NaiveModel.Kind.SEASONAL_NAIVE);
            case "drift" -> new NaiveModel(NaiveModel.Kind.DRIFT);
            case "naive2" -> new Naive2Model();
            case "ets" -> new EtsModel();
            case "theta" -> new org.salestrack.forecast.theta.ThetaModel();
            default -> throw new IllegalArgumentException("unknown model '" + key + "'; expected one of " + KEYS);
        };
    }
}
