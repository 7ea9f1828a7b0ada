package org.salestrack.forecast.intermittent;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.salestrack.forecast.FittedModel;
import org.salestrack.forecast.ForecastModel;
import org.salestrack.forecast.SampledPrediction;
import org.salestrack.forecast.SimpleFittedModel;
import org.salestrack.forecast.util.Stats;

/**
 * Intermittent demand (store x SKU units with many zero periods):
 * <ul>
 * <li>Croston (1972): smooths non-zero demand sizes z and the intervals p between them; forecast z / p.
 *     Initialised with the first size and first interval, as forecast::croston.</li>
 * <li>SBA (Syntetos and Boylan 2005): Croston times (1 - alpha/2), removing Croston's upward bias.</li>
 * <li>TSB (Teunter, Syntetos and Babai 2011): smooths the demand probability every period, so forecasts
 *     decay when an item stops selling; forecast = probability x size.</li>
 * </ul>
 * The methods have no likelihood; intervals come from simulated paths in which demand occurs with the
 * estimated probability and sizes are resampled from past non-zero demands, rescaled to the smoothed size.
 */
public final class CrostonModel implements ForecastModel {
    static final int SAMPLE_PATHS = 2000;

    public enum Variant { CROSTON, SBA, TSB }

    private final Variant variant;
    private final double alpha;
    private final double beta;

    /** The usual defaults: alpha = 0.1 for sizes (and intervals), beta = 0.1 for the TSB probability. */
    public CrostonModel(Variant variant) {
        this(variant, 0.1, 0.1);
    }

    public CrostonModel(Variant variant, double alpha, double beta) {
        if (!(alpha > 0 && alpha <= 1 && beta > 0 && beta <= 1)) {
            throw new IllegalArgumentException("smoothing parameters must be in (0, 1]");
        }
        this.variant = variant;
        this.alpha = alpha;
        this.beta = beta;
    }

    @Override
    public String key() {
        return variant.name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public FittedModel fit(double[] y, int seasonLength) {
        int n = y.length;
        if (Stats.min(y) < 0 || !Stats.allFinite(y)) {
            throw new IllegalArgumentException("intermittent-demand methods need non-negative finite data");
        }
        List<Double> sizes = new ArrayList<>();
        double[] fitted = new double[n];
        Arrays.fill(fitted, Double.NaN);
        double z = Double.NaN;
        double p = Double.NaN;
        double prob = Double.NaN;
        int sinceLast = 0;
        for (int t = 0; t < n; t++) {
            sinceLast++;
            if (!Double.isNaN(z)) {
                fitted[t] = forecast(z, p, prob);
            }
            boolean demand = y[t] > 0;
            if (demand) {
                sizes.add(y[t]);
            }
            if (Double.isNaN(z)) {
                if (demand) {
                    z = y[t];
                    p = sinceLast;
                    prob = 1.0 / sinceLast;
                    sinceLast = 0;
                }
                continue;
            }
            if (variant == Variant.TSB) {
                prob += beta * ((demand ? 1 : 0) - prob);
            }
            if (demand) {
                z += alpha * (y[t] - z);
                p += alpha * (sinceLast - p);
                sinceLast = 0;
            }
        }
        if (sizes.isEmpty()) {
            z = 0;
            p = 1;
            prob = 0;
            sizes.add(0.0);
        }
        double level = forecast(z, p, prob);
        double occurrence = variant == Variant.TSB ? prob : Math.min(1.0, 1.0 / p);
        double meanSize = sizes.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double sizeScale = meanSize > 0 ? level / occurrence / meanSize : 0;
        Map<String, Double> params = new LinkedHashMap<>();
        params.put("alpha", alpha);
        if (variant == Variant.TSB) {
            params.put("beta", beta);
            params.put("probability", prob);
        } else {
            params.put("interval", p);
        }
        params.put("size", z);
        double[] pastSizes = sizes.stream().mapToDouble(Double::doubleValue).toArray();
        long seed = Stats.seedOf(y);
        String name = switch (variant) {
            case CROSTON -> "Croston";
            case SBA -> "SBA";
            case TSB -> "TSB";
        };
        return new SimpleFittedModel(name, params, fitted, Double.NaN, h -> {
            double[] mean = new double[h];
            Arrays.fill(mean, level);
            return SampledPrediction.lazy(mean, () -> {
                SplittableRandom random = new SplittableRandom(seed);
                double[][] paths = new double[SAMPLE_PATHS][h];
                for (double[] path : paths) {
                    for (int i = 0; i < h; i++) {
                        path[i] = random.nextDouble() < occurrence
                                ? pastSizes[random.nextInt(pastSizes.length)] * sizeScale : 0;
                    }
                }
                return paths;
            });
        });
    }

    private double forecast(double z, double p, double prob) {
        return switch (variant) {
            case CROSTON -> z / p;
            case SBA -> (1 - alpha / 2) * z / p;
            case TSB -> prob * z;
        };
    }

    /** Average inter-demand interval (ADI); above 1.32 demand counts as intermittent (Syntetos et al. 2005). */
    public static double averageDemandInterval(double[] y) {
        int demands = 0;
        for (double v : y) {
            if (v > 0) {
                demands++;
            }
        }
        return demands == 0 ? Double.POSITIVE_INFINITY : (double) y.length / demands;
    }
}
