package org.salestrack.forecast.arima;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.salestrack.forecast.ForecastModel;
import org.salestrack.forecast.util.Polynomials;
import org.salestrack.forecast.util.Stats;

/**
 * Automatic ARIMA by the stepwise algorithm of Hyndman and Khandakar (2008), as forecast::auto.arima with
 * its defaults: D from seasonal strength, d from repeated KPSS tests, then a neighbourhood search over
 * p, q, P, Q and the constant minimising AICc, rejecting models with AR or MA roots within 1.01 of the
 * unit circle. Like auto.arima, long or high-frequency series are searched with conditional sums of
 * squares and only the winner is refitted by exact maximum likelihood.
 */
public final class AutoArima implements ForecastModel {
    private static final int MAX_P = 5;
    private static final int MAX_Q = 5;
    private static final int MAX_SP = 2;
    private static final int MAX_SQ = 2;
    private static final int MAX_ORDER = 5;
    private static final int MAX_MODELS = 94;

    /** R's arima: at most 100 BFGS iterations for the maximum-likelihood fit. */
    private static final int FULL_REFIT_ITERATIONS = 100;

    private final int exactUpToSeason;
    private final int refitIterations;

    /** auto.arima's rule: search by exact likelihood unless n &gt; 150 or m &gt; 12. */
    public AutoArima() {
        this(12);
    }

    /**
     * @param exactUpToSeason search by exact likelihood only when m is at most this (and n &lt;= 150);
     *                        longer seasons are searched by CSS, which is several times faster for
     *                        seasonal models (0 = always CSS)
     */
    public AutoArima(int exactUpToSeason) {
        this(exactUpToSeason, FULL_REFIT_ITERATIONS);
    }

    /**
     * @param refitIterations at most this many BFGS iterations when the CSS winner of an approximate
     *                        search is refitted by exact likelihood, starting from its CSS estimates.
     *                        Most refits converge within 20; the rest are ill-conditioned (an MA root
     *                        near the unit circle) and crawl towards the boundary for up to 100
     *                        iterations of numerical gradients, which cost more than the whole search.
     */
    public AutoArima(int exactUpToSeason, int refitIterations) {
        this.exactUpToSeason = exactUpToSeason;
        this.refitIterations = refitIterations;
    }

    /**
     * The ARIMA member of {@code auto}: a CSS search for every season length, and an exact-likelihood refit
     * of the winner capped at 20 BFGS iterations. On M3 the combination is as accurate with it as with the
     * full refit (sMAPE 12.39 either way), at about 60% of the ARIMA cost.
     */
    public static AutoArima approximate() {
        return new AutoArima(0, 20);
    }

    @Override
    public String key() {
        return "arima";
    }

    @Override
    public ArimaFit fit(double[] y, int seasonLength) {
        if (y.length < 3 || !Stats.allFinite(y)) {
            throw new IllegalArgumentException("ARIMA needs at least 3 finite observations");
        }
        int n = y.length;
        int m = seasonLength > 1 && n > 2 * seasonLength ? seasonLength : 1;
        if (Stats.isConstant(y)) {
            return exact(y, ArimaOrder.nonSeasonal(0, 0, 0, true))
                    .map(e -> new ArimaFit(e, y))
                    .orElseThrow(() -> new IllegalArgumentException("could not fit a constant series"));
        }
        int bigD = m > 1 ? Differencing.seasonalDifferences(y, m, 1) : 0;
        double[] dx = bigD > 0 ? Stats.diff(y, m) : y;
        int d = Differencing.differences(dx, 2);
        boolean constant = d + bigD <= 1;
        boolean approximate = n > 150 || m > exactUpToSeason;
        Search search = new Search(y, m, d, bigD, approximate,
                Math.min(MAX_P, n / 3), Math.min(MAX_Q, n / 3),
                m > 1 ? Math.min(MAX_SP, n / 3 / m) : 0, m > 1 ? Math.min(MAX_SQ, n / 3 / m) : 0, constant);
        search.run();
        for (Candidate c : search.ranked()) {
            if (!approximate) {
                return new ArimaFit(c.estimate, y);
            }
            Optional<ArimaEstimate> refit = ArimaEstimator.fit(y, c.order, ArimaEstimator.Method.CSS_ML, refitIterations)
                    .filter(AutoArima::admissible);
            if (refit.isEmpty() && refitIterations < FULL_REFIT_ITERATIONS) {
                // the cap shortens the optimisation but must not change the model: an order is passed
                // over only when its full refit is not admissible either
                refit = exact(y, c.order).filter(AutoArima::admissible);
            }
            if (refit.isPresent()) {
                return new ArimaFit(refit.get(), y);
            }
        }
        // nothing admissible: a random walk (with drift if allowed) always fits
        return exact(y, new ArimaOrder(0, Math.max(d, 1), 0, 0, bigD, 0, m, d + bigD == 0))
                .map(e -> new ArimaFit(e, y))
                .orElseThrow(() -> new IllegalArgumentException("no ARIMA model could be fitted"));
    }

    private static Optional<ArimaEstimate> exact(double[] y, ArimaOrder order) {
        return ArimaEstimator.fit(y, order, ArimaEstimator.Method.CSS_ML);
    }

    /** auto.arima's root check: AR and MA roots must lie outside 1.01. */
    static boolean admissible(ArimaEstimate e) {
        return Polynomials.lagPolynomialRootsOutside(e.fullAr(), -1, 1.01)
                && Polynomials.lagPolynomialRootsOutside(e.fullMa(), 1, 1.01)
                && Double.isFinite(e.aicc());
    }

    private record Candidate(ArimaOrder order, ArimaEstimate estimate, double ic) {}

    /** The stepwise neighbourhood search; remembers every order tried. */
    private static final class Search {
        private final double[] y;
        private final int m;
        private final int d;
        private final int bigD;
        private final boolean approximate;
        private final int maxP;
        private final int maxQ;
        private final int maxSp;
        private final int maxSq;
        private final boolean allowConstant;
        private final Map<ArimaOrder, Candidate> tried = new HashMap<>();
        private Candidate best;

        Search(double[] y, int m, int d, int bigD, boolean approximate, int maxP, int maxQ, int maxSp, int maxSq,
                boolean allowConstant) {
            this.y = y;
            this.m = m;
            this.d = d;
            this.bigD = bigD;
            this.approximate = approximate;
            this.maxP = maxP;
            this.maxQ = maxQ;
            this.maxSp = maxSp;
            this.maxSq = maxSq;
            this.allowConstant = allowConstant;
        }

        void run() {
            boolean seasonal = m > 1;
            int p = Math.min(2, maxP);
            int q = Math.min(2, maxQ);
            int sp = seasonal ? Math.min(1, maxSp) : 0;
            int sq = seasonal ? Math.min(1, maxSq) : 0;
            boolean c = allowConstant;
            try_(p, q, sp, sq, c);
            try_(0, 0, 0, 0, c);
            if (maxP > 0 || maxSp > 0) {
                try_(maxP > 0 ? 1 : 0, 0, seasonal && maxSp > 0 ? 1 : 0, 0, c);
            }
            if (maxQ > 0 || maxSq > 0) {
                try_(0, maxQ > 0 ? 1 : 0, 0, seasonal && maxSq > 0 ? 1 : 0, c);
            }
            if (c) {
                try_(0, 0, 0, 0, false);
            }
            boolean improved = best != null;
            while (improved && tried.size() < MAX_MODELS) {
                improved = false;
                ArimaOrder b = best.order;
                int[][] moves = {
                    {0, 0, -1, 0}, {0, 0, 0, -1}, {0, 0, 1, 0}, {0, 0, 0, 1},
                    {0, 0, -1, -1}, {0, 0, -1, 1}, {0, 0, 1, -1}, {0, 0, 1, 1},
                    {-1, 0, 0, 0}, {0, -1, 0, 0}, {1, 0, 0, 0}, {0, 1, 0, 0},
                    {-1, -1, 0, 0}, {-1, 1, 0, 0}, {1, -1, 0, 0}, {1, 1, 0, 0},
                };
                for (int[] mv : moves) {
                    if (try_(b.p() + mv[0], b.q() + mv[1], b.bigP() + mv[2], b.bigQ() + mv[3], b.constant())) {
                        improved = true;
                        break;
                    }
                }
                if (!improved && allowConstant) {
                    improved = try_(b.p(), b.q(), b.bigP(), b.bigQ(), !b.constant());
                }
            }
        }

        /** Fits the order unless out of range or already tried; true when it became the best. */
        private boolean try_(int p, int q, int sp, int sq, boolean constant) {
            if (p < 0 || q < 0 || sp < 0 || sq < 0 || p > maxP || q > maxQ || sp > maxSp || sq > maxSq
                    || p + q + sp + sq > MAX_ORDER || (m == 1 && (sp > 0 || sq > 0))) {
                return false;
            }
            ArimaOrder order = new ArimaOrder(p, d, q, sp, bigD, sq, m, constant);
            if (tried.containsKey(order)) {
                return false;
            }
            Optional<ArimaEstimate> fit = ArimaEstimator.fit(y, order,
                    approximate ? ArimaEstimator.Method.CSS : ArimaEstimator.Method.CSS_ML);
            double ic = fit.filter(AutoArima::admissible).map(ArimaEstimate::aicc).orElse(Double.POSITIVE_INFINITY);
            Candidate cand = new Candidate(order, fit.orElse(null), ic);
            tried.put(order, cand);
            if (Double.isFinite(ic) && (best == null || ic < best.ic)) {
                best = cand;
                return true;
            }
            return false;
        }

        List<Candidate> ranked() {
            List<Candidate> out = new ArrayList<>();
            for (Candidate c : tried.values()) {
                if (Double.isFinite(c.ic)) {
                    out.add(c);
                }
            }
            out.sort(Comparator.comparingDouble(Candidate::ic));
            return out;
        }
    }
}
