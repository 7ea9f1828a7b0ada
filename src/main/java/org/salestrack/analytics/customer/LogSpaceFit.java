package org.salestrack.analytics.customer;

import java.util.Arrays;
import java.util.function.ToDoubleFunction;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.PointValuePair;
import org.hipparchus.optim.SimpleBounds;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;

/**
 * Maximum likelihood over positive parameters: BOBYQA (Powell's bounded quadratic-model search) on their
 * logarithms, restarted from its own answer until the likelihood stops improving. BOBYQA needs a few
 * hundred likelihood evaluations where Nelder-Mead needed thousands, and a likelihood over a million
 * customers is what each evaluation costs. Log-parameters are kept within +-{@value #BOUND}: on data
 * that cannot identify a parameter (every customer bought once) the likelihood keeps rising towards an
 * edge, and a bounded answer with {@code atBound} set is more use than an overflow or a NaN.
 */
final class LogSpaceFit {
    static final double BOUND = 12;
    private static final int RESTARTS = 4;

    record Result(double[] params, double logLikelihood, boolean atBound, int evaluations) {}

    private LogSpaceFit() {}

    static Result maximise(ToDoubleFunction<double[]> logLikelihood, double[] start) {
        int[] evaluations = {0};
        ObjectiveFunction negLl = new ObjectiveFunction(logParams -> {
            evaluations[0]++;
            double[] p = new double[logParams.length];
            for (int i = 0; i < p.length; i++) p[i] = Math.exp(logParams[i]);
            double ll = logLikelihood.applyAsDouble(p);
            return Double.isFinite(ll) ? -ll : Double.MAX_VALUE;
        });
        int n = start.length;
        double[] x = new double[n];
        for (int i = 0; i < n; i++) x[i] = Math.max(-BOUND + 1, Math.min(BOUND - 1, Math.log(start[i])));
        double[] lower = new double[n];
        double[] upper = new double[n];
        Arrays.fill(lower, -BOUND);
        Arrays.fill(upper, BOUND);
        double best = Double.MAX_VALUE;
        for (int run = 0; run < RESTARTS; run++) {
            BOBYQAOptimizer optimizer = new BOBYQAOptimizer(2 * n + 1, run == 0 ? 1.0 : 0.1, 1e-9);
            PointValuePair p = optimizer.optimize(new MaxEval(5_000), negLl, GoalType.MINIMIZE, new InitialGuess(x),
                    new SimpleBounds(lower, upper));
            boolean improved = p.getValue() < best - 1e-9 * Math.max(1, Math.abs(best));
            if (p.getValue() < best) {
                best = p.getValue();
                x = p.getPoint();
            }
            if (!improved && run > 0) break;
        }
        double[] params = new double[n];
        boolean atBound = false;
        for (int i = 0; i < n; i++) {
            params[i] = Math.exp(x[i]);
            atBound |= Math.abs(x[i]) > BOUND - 0.5;
        }
        return new Result(params, -best, atBound, evaluations[0]);
    }
}
