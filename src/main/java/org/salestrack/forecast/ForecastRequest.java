package org.salestrack.forecast;

import java.util.List;
import org.salestrack.forecast.ensemble.Selection;

/**
 * What to forecast: the horizon, the models by key (see {@link ModelCatalog}), an optional holdout for
 * accuracy, how {@code auto} selects, and whether to floor at zero.
 *
 * @param holdout     0 for none; otherwise fit on all but the last {@code holdout} points and score them
 * @param origins     rolling-origin backtest: score from this many successive origins and average (1 = one holdout)
 * @param selection   how {@code auto} chooses; {@code null} = {@link Selection#COMBINATION}
 * @param nonNegative {@code null} = floor at zero exactly when the series has no negative values
 */
public record ForecastRequest(int horizon, List<String> modelKeys, int holdout, int origins, Selection selection,
                              Boolean nonNegative) {

    public ForecastRequest {
        if (horizon < 1) {
            throw new IllegalArgumentException("horizon must be at least 1");
        }
        if (holdout < 0) {
            throw new IllegalArgumentException("holdout cannot be negative");
        }
        if (origins < 1) {
            throw new IllegalArgumentException("origins must be at least 1");
        }
        if (modelKeys.isEmpty()) {
            throw new IllegalArgumentException("no model given");
        }
        for (String key : modelKeys) {
            if (!ModelCatalog.KEYS.contains(key)) {
                throw new IllegalArgumentException("unknown model '" + key + "'; expected one of " + ModelCatalog.KEYS);
            }
        }
        modelKeys = List.copyOf(modelKeys);
        selection = selection == null ? Selection.COMBINATION : selection;
    }

    /** A plain forecast: no backtest, auto combines, floors at zero when the history has no negative value. */
    public static ForecastRequest of(int horizon, String modelKey) {
        return new ForecastRequest(horizon, List.of(modelKey), 0, 1, Selection.COMBINATION, null);
    }
}
