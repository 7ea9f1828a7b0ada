package org.salestrack.ui.forecast;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.salestrack.ui.I18n;

/**
 * Model keys, fitted-model names and their parameters in the UI language. The engine names models in English words
 * around standard notation ("Combination(ETS(A,N,A), Theta)", "Seasonal naive[12]", "Theta (seasonally
 * adjusted)"); the words are translated and the notation (ETS(A,N,A), ARIMA(p,d,q), [12]) kept, as Chinese
 * forecasting texts write it, with what each letter means in the cell's tooltip. Parameters keep their
 * engine names in English (alpha=0.31) and are named in words in Chinese with the symbol beside them
 * (水平平滑系数 α = 0.31), as a Chinese analyst reads them.
 */
final class ModelNames {
    private static final Pattern ETS = Pattern.compile("ETS\\(([AM]),(N|Ad|A|Md|M),([NAM])\\)");
    private static final Pattern ARIMA = Pattern.compile("ARIMA\\((\\d+),(\\d+),(\\d+)\\)(?:\\((\\d+),(\\d+),(\\d+)\\)\\[(\\d+)\\])?");
    private static final Pattern INDEXED = Pattern.compile("([a-z]+?)(\\d+)");

    private ModelNames() {}

    static String key(I18n i18n, String key) {
        return switch (key) {
            case "auto" -> i18n.get("forecast.key.auto");
            case "snaive" -> i18n.get("forecast.key.snaive");
            case "ets" -> i18n.get("forecast.key.ets");
            case "arima" -> i18n.get("forecast.key.arima");
            case "theta" -> i18n.get("forecast.key.theta");
            case "launch" -> i18n.get("forecast.key.launch");
            default -> key.toUpperCase(Locale.ROOT);
        };
    }

    static String name(I18n i18n, String name) {
        if (name == null) return "";
        String shown = name.replace("Launch by analogy", i18n.get("forecast.model.launch.analogy"))
                .replace("Launch by Bass curve", i18n.get("forecast.model.launch.bass"))
                .replace("Short history", i18n.get("forecast.model.short"))
                .replace("Borrowed seasonality", i18n.get("forecast.model.borrowed"))
                .replace("Combination", i18n.get("forecast.model.combination"))
                .replace("Seasonal naive", i18n.get("forecast.model.snaive"))
                .replace("seasonally adjusted", i18n.get("forecast.model.adjusted"))
                .replace(" with non-zero mean", i18n.get("forecast.model.mean"))
                .replace(" with drift", i18n.get("forecast.model.withdrift"))
                .replace("Naive", i18n.get("forecast.model.naive"))
                .replace("Drift", i18n.get("forecast.model.drift"));
        return shown.replace("Theta", i18n.get("forecast.model.theta"));
    }

    /** What the notation in a model's name says, one line per ETS or ARIMA code in it; empty when it has none. */
    static String notation(I18n i18n, String name) {
        if (name == null) return "";
        List<String> lines = new ArrayList<>();
        Matcher e = ETS.matcher(name);
        while (e.find()) {
            lines.add(i18n.get("forecast.notation.ets", e.group(), i18n.get(switch (e.group(1)) {
                case "A" -> "forecast.notation.error.additive";
                default -> "forecast.notation.error.multiplicative";
            }), i18n.get(switch (e.group(2)) {
                case "N" -> "forecast.notation.trend.none";
                case "A" -> "forecast.notation.trend.additive";
                case "Ad" -> "forecast.notation.trend.damped";
                case "M" -> "forecast.notation.trend.multiplicative";
                default -> "forecast.notation.trend.damped_multiplicative";
            }), i18n.get(switch (e.group(3)) {
                case "N" -> "forecast.notation.season.none";
                case "A" -> "forecast.notation.season.additive";
                default -> "forecast.notation.season.multiplicative";
            })));
        }
        Matcher a = ARIMA.matcher(name);
        while (a.find()) {
            String line = i18n.get("forecast.notation.arima", a.group(), a.group(1), a.group(2), a.group(3));
            if (a.group(4) != null) line += i18n.get("forecast.notation.arima.seasonal", a.group(4), a.group(5), a.group(6), a.group(7));
            lines.add(line);
        }
        return String.join("\n", lines);
    }

    /** A fitted model's parameters: "alpha=0.310, l0=60.1" in English, "水平平滑系数 α = 0.310，初始水平 l₀ = 60.1" in Chinese. */
    static String parameters(I18n i18n, Map<String, Double> p) {
        List<String> parts = new ArrayList<>();
        p.forEach((k, v) -> {
            String value = String.format(Locale.ROOT, "%.3g", v);
            parts.add(i18n.get("forecast.param.value", parameter(i18n, k), value));
        });
        return String.join(i18n.chinese() ? "，" : ", ", parts);
    }

    /** One parameter's name in words with its symbol; a combination's member parameters ("ETS(A,N,A).alpha") under the member's name. */
    private static String parameter(I18n i18n, String key) {
        int dot = key.lastIndexOf('.');
        if (dot > 0) return i18n.get("forecast.param.member", name(i18n, key.substring(0, dot)), parameter(i18n, key.substring(dot + 1)));
        String named = switch (key) {
            case "alpha" -> i18n.get("forecast.param.alpha");
            case "beta" -> i18n.get("forecast.param.beta");
            case "gamma" -> i18n.get("forecast.param.gamma");
            case "phi" -> i18n.get("forecast.param.phi");
            case "l0" -> i18n.get("forecast.param.l0");
            case "b0" -> i18n.get("forecast.param.b0");
            case "sigma" -> i18n.get("forecast.param.sigma");
            case "sigma2" -> i18n.get("forecast.param.sigma2");
            case "drift" -> i18n.get("forecast.param.drift");
            case "mean" -> i18n.get("forecast.param.mean");
            case "probability" -> i18n.get("forecast.param.probability");
            case "interval" -> i18n.get("forecast.param.interval");
            case "size" -> i18n.get("forecast.param.size");
            case "analogues" -> i18n.get("forecast.param.analogues");
            case "coverage" -> i18n.get("forecast.param.coverage");
            case "calibration" -> i18n.get("forecast.param.calibration");
            case "bass_p" -> i18n.get("forecast.param.bass_p");
            case "bass_q" -> i18n.get("forecast.param.bass_q");
            case "bass_m" -> i18n.get("forecast.param.bass_m");
            default -> null;
        };
        if (named != null) return named;
        if (key.startsWith("scale ")) return i18n.get("forecast.param.scale", key.substring(6));
        Matcher m = INDEXED.matcher(key);
        if (!m.matches()) return key;
        String n = m.group(2);
        return switch (m.group(1)) {
            case "s" -> i18n.get("forecast.param.s", n);
            case "ar" -> i18n.get("forecast.param.ar", n);
            case "ma" -> i18n.get("forecast.param.ma", n);
            case "sar" -> i18n.get("forecast.param.sar", n);
            case "sma" -> i18n.get("forecast.param.sma", n);
            case "season" -> i18n.get("forecast.param.season", n);
            case "period" -> i18n.get("forecast.param.period", n);
            default -> key;
        };
    }
}
