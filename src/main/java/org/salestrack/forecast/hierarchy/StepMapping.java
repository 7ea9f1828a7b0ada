package org.salestrack.forecast.hierarchy;

import java.util.function.Supplier;

/**
 * One step's G, applied without forming it when the method allows: bottom-up and top-down touch only the
 * leaves or the total, so their means scale to hierarchies far too large for a dense n x m matrix. The dense
 * G is built only when reconciled intervals ask for it.
 */
interface StepMapping {
    double[] leaves(double[] base);

    double[][] dense();

    static StepMapping bottomUp(int series, int leaves) {
        Supplier<double[][]> dense = memo(() -> ProjectionMappings.bottomUp(series, leaves));
        return new StepMapping() {
            public double[] leaves(double[] base) {
                double[] bottom = new double[leaves];
                System.arraycopy(base, series - leaves, bottom, 0, leaves);
                return bottom;
            }

            public double[][] dense() {
                return dense.get();
            }
        };
    }

    static StepMapping topDown(double[] proportions, int series) {
        Supplier<double[][]> dense = memo(() -> ProjectionMappings.topDown(proportions, series));
        return new StepMapping() {
            public double[] leaves(double[] base) {
                double[] bottom = new double[proportions.length];
                for (int j = 0; j < bottom.length; j++) bottom[j] = proportions[j] * base[0];
                return bottom;
            }

            public double[][] dense() {
                return dense.get();
            }
        };
    }

    static StepMapping of(double[][] g) {
        return new StepMapping() {
            public double[] leaves(double[] base) {
                double[] bottom = new double[g.length];
                for (int j = 0; j < g.length; j++) {
                    double sum = 0;
                    for (int k = 0; k < base.length; k++) sum += g[j][k] * base[k];
                    bottom[j] = sum;
                }
                return bottom;
            }

            public double[][] dense() {
                return g;
            }
        };
    }

    private static Supplier<double[][]> memo(Supplier<double[][]> supplier) {
        double[][][] cache = new double[1][][];
        return () -> {
            if (cache[0] == null) cache[0] = supplier.get();
            return cache[0];
        };
    }
}
