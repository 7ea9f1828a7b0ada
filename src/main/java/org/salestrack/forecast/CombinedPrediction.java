package org.salestrack.forecast;

import java.util.List;

/**
 * Equal-weight combination of predictions. Quantiles are averaged quantile by quantile (Vincentisation),
 * which keeps the combined band as wide as the typical member's instead of mixing the members'
 * distributions; it is the usual choice for combined forecasts.
 */
public final class CombinedPrediction implements Prediction {
    private final List<Prediction> members;

    public CombinedPrediction(List<Prediction> members) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("nothing to combine");
        }
        this.members = List.copyOf(members);
    }

    @Override
    public double[] mean() {
        return average(members.stream().map(Prediction::mean).toList());
    }

    @Override
    public double[] quantile(double p) {
        return average(members.stream().map(m -> m.quantile(p)).toList());
    }

    private static double[] average(List<double[]> values) {
        double[] out = new double[values.get(0).length];
        for (double[] v : values) {
            for (int i = 0; i < out.length; i++) {
                out[i] += v[i] / values.size();
            }
        }
        return out;
    }
}
