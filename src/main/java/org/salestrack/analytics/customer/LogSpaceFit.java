package org.salestrack.analytics.customer;

import java.util.function.ToDoubleFunction;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.PointValuePair;
import org.hipparchus.optim.SimpleValueChecker;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.hipparchus.optim.nonlinear.scalar.noderiv.SimplexOptimizer;

/**
 * Maximum likelihood over positive parameters: Nelder-Mead on their logarithms, restarted from its own
 * answer until the likelihood stops improving (one simplex run stalls short of the 3-4 significant digits
 * the published CDNOW values are quoted to). Log-parameters are kept within +-{@value #BOUND}: on data
 * that cannot identify a parameter (every customer bought once) the likelihood keeps rising towards an
 * edge, and a bounded answer with {@code atBound} set is more use than an overflow or a NaN.
 */
final class LogSpaceFit {
    static final double BOUND = 12;
    private static final int RESTARTS = 8;

    record Result(double[] params, double logLikelihood, boolean atBound) {}

    private LogSpaceFit() {}

    static Result maximise(ToDoubleFunction<double[]> logLikelihood, double[] start) {
        ObjectiveFunction negLl = new ObjectiveFunction(logParams -> {
            double[] p = new double[logParams.length];
            for (int i = 0; i < p.length; i++) {
                if (Math.abs(logParams[i]) > BOUND) return Double.MAX_VALUE;
                p[i] = Math.exp(logParams[i]);
            }
            double ll = logLikelihood.applyAsDouble(p);
            return Double.isFinite(ll) ? -ll : Double.MAX_VALUE;
        });
        double[] x = new double[start.length];
        for (int i = 0; i < x.length; i++) x[i] = Math.log(start[i]);
        double best = Double.MAX_VALUE;
        SimplexOptimizer optimizer = new SimplexOptimizer(new SimpleValueChecker(1e-12, 1e-12));
        for (int run = 0; run < RESTARTS; run++) {
            PointValuePair p = optimizer.optimize(new MaxEval(20_000), negLl, GoalType.MINIMIZE, new InitialGuess(x),
                    new NelderMeadSimplex(x.length, run == 0 ? 1.0 : 0.1));
            boolean improved = p.getValue() < best - 1e-9 * Math.max(1, Math.abs(best));
            if (p.getValue() < best) {
                best = p.getValue();
                x = p.getPoint();
            }
            if (!improved && run > 0) break;
        }
        double[] params = new double[x.length];
        boolean atBound = false;
        for (int i = 0; i < x.length; i++) {
            params[i] = Math.exp(x[i]);
            atBound |= Math.abs(x[i]) > BOUND - 0.5;
        }
        return new Result(params, -best, atBound);
    }
}
