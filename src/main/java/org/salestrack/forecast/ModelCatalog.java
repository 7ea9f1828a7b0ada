package org.salestrack.forecast;

import java.util.List;
import org.salestrack.forecast.arima.AutoArima;
import org.salestrack.forecast.baseline.Naive2Model;
import org.salestrack.forecast.baseline.NaiveModel;
import org.salestrack.forecast.ensemble.AutoModel;
import org.salestrack.forecast.ensemble.CombinationModel;
import org.salestrack.forecast.ensemble.Selection;
import org.salestrack.forecast.ets.EtsModel;
import org.salestrack.forecast.intermittent.CrostonModel;
import org.salestrack.forecast.stl.StlEtsModel;
import org.salestrack.forecast.theta.ThetaModel;

/** The models by their command-line key, so callers need not know the implementing classes. */
public final class ModelCatalog {
    /** Keys accepted by {@link #byKey}, in the order the CLI documents them. */
    public static final List<String> KEYS = List.of("auto", "ets", "arima", "theta", "stl", "naive", "snaive",
            "drift", "naive2", "croston", "sba", "tsb", "combo", "global");

    private ModelCatalog() {}

    /** The model for a key; {@code auto} uses the default selection (the ETS-ARIMA-Theta combination). */
    public static ForecastModel byKey(String key) {
        return byKey(key, Selection.COMBINATION);
    }

    /** As {@link #byKey(String)}, with the selection rule {@code auto} should use. */
    public static ForecastModel byKey(String key, Selection autoSelection) {
        return switch (key) {
            case "auto" -> new AutoModel(autoSelection, 3);
            case "ets" -> new EtsModel();
            case "arima" -> new AutoArima();
            case "arima-fast" -> AutoArima.approximate();
            case "theta" -> new ThetaModel();
            case "stl" -> new StlEtsModel();
            case "naive" -> new NaiveModel(NaiveModel.Kind.NAIVE);
            case "snaive" -> new NaiveModel(NaiveModel.Kind.SEASONAL_NAIVE);
            case "drift" -> new NaiveModel(NaiveModel.Kind.DRIFT);
            case "naive2" -> new Naive2Model();
            case "croston" -> new CrostonModel(CrostonModel.Variant.CROSTON);
            case "sba" -> new CrostonModel(CrostonModel.Variant.SBA);
            case "tsb" -> new CrostonModel(CrostonModel.Variant.TSB);
            case "combo" -> CombinationModel.standard();
            case "global" -> throw new IllegalArgumentException("global is trained across the series of a run (ForecastRunner), not on one series");
            default -> throw new IllegalArgumentException("unknown model '" + key + "'; expected one of " + KEYS);
        };
    }
}
