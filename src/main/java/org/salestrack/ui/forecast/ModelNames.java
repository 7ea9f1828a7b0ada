package org.salestrack.ui.forecast;

import org.salestrack.ui.I18n;

/**
 * Model keys and fitted-model names in the UI language. The engine names models in English words around
 * standard notation ("Combination(ETS(A,N,A), Theta)", "Seasonal naive[12]", "Theta (seasonally
 * adjusted)"); the words are translated and the notation (ETS(A,N,A), ARIMA(p,d,q), [12]) kept, as
 * Chinese forecasting texts write it.
 */
final class ModelNames {
    private ModelNames() {}

    static String key(I18n i18n, String key) {
        return switch (key) {
            case "auto" -> i18n.get("forecast.key.auto");
            case "snaive" -> i18n.get("forecast.key.snaive");
            // notation, the same in every language
            case "theta" -> "Theta";
            default -> key.toUpperCase(java.util.Locale.ROOT);
        };
    }

    static String name(I18n i18n, String name) {
        if (name == null) return "";
        return name.replace("Short history", i18n.get("forecast.model.short"))
                .replace("Borrowed seasonality", i18n.get("forecast.model.borrowed"))
                .replace("Combination", i18n.get("forecast.model.combination"))
                .replace("Seasonal naive", i18n.get("forecast.model.snaive"))
                .replace("seasonally adjusted", i18n.get("forecast.model.adjusted"))
                .replace(" with non-zero mean", i18n.get("forecast.model.mean"))
                .replace(" with drift", i18n.get("forecast.model.withdrift"))
                .replace("Naive", i18n.get("forecast.model.naive"))
                .replace("Drift", i18n.get("forecast.model.drift"));
    }
}
