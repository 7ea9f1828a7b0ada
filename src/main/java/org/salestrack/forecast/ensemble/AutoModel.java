package org.salestrack.forecast.ensemble;

import java.util.ArrayList;
import java.util.List;
import org.salestrack.forecast.FittedModel;
import org.salestrack.forecast.ForecastModel;
import org.salestrack.forecast.accuracy.Backtest;
import org.salestrack.forecast.arima.AutoArima;
import org.salestrack.forecast.baseline.NaiveModel;
import org.salestrack.forecast.ets.EtsModel;
import org.salestrack.forecast.intermittent.CrostonModel;
import org.salestrack.forecast.stl.StlEtsModel;
import org.salestrack.forecast.theta.ThetaModel;
import org.salestrack.forecast.util.Stats;

/**
 * Chooses a method per series. Intermittent series (non-negative, average demand interval above 1.32,
 * Syntetos et al. 2005) get SBA, or the best of Croston, SBA and TSB under cross-validation; series too
 * short for anything else get the naive method; the rest follow the configured {@link Selection}.
 * A seasonal series with fewer than three full seasons rarely estimates its own seasonality (with under two
 * ETS and ARIMA cannot; with two, AICc mostly drops it on 24 months): auto then chooses by rolling-origin
 * backtest among what that history can estimate: the combination, seasonal naive (more than one season),
 * and the seasonality borrowed from a parent when the caller lends one. M3 is untouched by this: its
 * monthly series have 48 points or more and its quarterly 16 or more.
 */
public final class AutoModel implements ForecastModel {
    private static final double INTERMITTENT_ADI = 1.32;
    private static final int MIN_LENGTH = 5;

    private static final int SHORT_CV_ORIGINS = 3;

    private final Selection selection;
    private final int cvOrigins;
    private final ForecastModel borrowed;
    private final boolean shortRule;

    public AutoModel() {
        this(Selection.COMBINATION, 3);
    }

    /** @param cvOrigins number of rolling origins when cross-validating */
    public AutoModel(Selection selection, int cvOrigins) {
        this(selection, cvOrigins, null, true);
    }

    private AutoModel(Selection selection, int cvOrigins, ForecastModel borrowed, boolean shortRule) {
        this.selection = selection;
        this.cvOrigins = cvOrigins;
        this.borrowed = borrowed;
        this.shortRule = shortRule;
    }

    /** This auto, also offering {@code model} (a borrowed seasonality) to series shorter than two seasons. */
    public AutoModel withBorrowedSeasonality(ForecastModel model) {
        return new AutoModel(selection, cvOrigins, model, shortRule);
    }

    /** Auto as it was before short histories had their own rule (issue 19): what the benchmarks compare against. */
    public static AutoModel beforeShortHistoryRule() {
        return new AutoModel(Selection.COMBINATION, 3, null, false);
    }

    /**
     * True when a series of this length is too short to be trusted with its own seasonality: under three
     * seasons where ETS models the season (m up to 24), under two where STL decomposes it (longer seasons).
     */
    public static boolean shortOfSeasons(int length, int seasonLength) {
        return seasonLength > 1 && length < seasons(seasonLength) * seasonLength;
    }

    private static int seasons(int seasonLength) {
        return seasonLength > 24 ? 2 : 3;
    }

    @Override
    public String key() {
        return "auto";
    }

    @Override
    public FittedModel fit(double[] y, int seasonLength) {
        if (!Stats.allFinite(y) || y.length == 0) {
            throw new IllegalArgumentException("series must be non-empty and finite");
        }
        if (y.length < MIN_LENGTH || Stats.isConstant(y)) {
            return new NaiveModel(NaiveModel.Kind.NAIVE).fit(y, seasonLength);
        }
        boolean intermittent = Stats.min(y) >= 0 && CrostonModel.averageDemandInterval(y) > INTERMITTENT_ADI;
        if (intermittent && selection != Selection.CROSS_VALIDATION) {
            return new CrostonModel(CrostonModel.Variant.SBA).fit(y, seasonLength);
        }
        if (shortRule && shortOfSeasons(y.length, seasonLength) && !intermittent) {
            FittedModel shortFit = shortHistory(y, seasonLength);
            if (shortFit != null) return shortFit;
        }
        return switch (selection) {
            case COMBINATION -> CombinationModel.standard().fit(y, seasonLength);
            case INFORMATION_CRITERION -> fitOrNaive(seasonLength > 24 ? new StlEtsModel() : new EtsModel(), y, seasonLength);
            case CROSS_VALIDATION -> crossValidated(y, seasonLength, intermittent);
        };
    }

    /**
     * Chooses among what a short seasonal history can estimate, by mean MASE over rolling origins of a few
     * periods; null when the history is too short to compare them (the default rule then applies).
     */
    private FittedModel shortHistory(double[] y, int m) {
        int n = y.length;
        List<ForecastModel> candidates = new ArrayList<>();
        candidates.add(CombinationModel.standard());
        int h = Math.max(1, Math.min(m / 4, n - (m + 1) - (SHORT_CV_ORIGINS - 1)));
        boolean seasonalFits = n - h - (SHORT_CV_ORIGINS - 1) > m;
        if (seasonalFits) candidates.add(new NaiveModel(NaiveModel.Kind.SEASONAL_NAIVE));
        if (borrowed != null) candidates.add(borrowed);
        if (candidates.size() == 1 || n - h - (SHORT_CV_ORIGINS - 1) < MIN_LENGTH) return null;
        ForecastModel best = null;
        double bestScore = Double.POSITIVE_INFINITY;
        for (ForecastModel c : candidates) {
            try {
                double score = Backtest.rollingOrigin(c, y, m, h, SHORT_CV_ORIGINS).mase();
                if (Double.isFinite(score) && score < bestScore) {
                    bestScore = score;
                    best = c;
                }
            } catch (IllegalArgumentException | ArithmeticException ex) {
                // a candidate the shortened history cannot fit does not compete
            }
        }
        if (best == null) return null;
        try {
            FittedModel fit = best.fit(y, m);
            return renamed(fit, "Short history " + n + "/" + (seasons(m) * m) + ": " + fit.name());
        } catch (IllegalArgumentException ex) {
            return null;
        }
    }

    private static FittedModel renamed(FittedModel fit, String name) {
        return new org.salestrack.forecast.SimpleFittedModel(name, fit.parameters(), fit.fitted(), fit.aicc(), fit::predict);
    }

    private static FittedModel fitOrNaive(ForecastModel model, double[] y, int m) {
        try {
            return model.fit(y, m);
        } catch (IllegalArgumentException ex) {
            return new NaiveModel(NaiveModel.Kind.NAIVE).fit(y, m);
        }
    }

    private FittedModel crossValidated(double[] y, int m, boolean intermittent) {
        List<ForecastModel> candidates = new ArrayList<>();
        if (intermittent) {
            for (CrostonModel.Variant v : CrostonModel.Variant.values()) {
                candidates.add(new CrostonModel(v));
            }
        } else {
            candidates.add(m > 24 ? new StlEtsModel() : new EtsModel());
            candidates.add(AutoArima.approximate());
            candidates.add(new ThetaModel());
            candidates.add(CombinationModel.standard());
        }
        candidates.add(new NaiveModel(m > 1 ? NaiveModel.Kind.SEASONAL_NAIVE : NaiveModel.Kind.NAIVE));
        int h = Math.max(1, Math.min(m > 1 ? m : 6, y.length / 5));
        ForecastModel best = null;
        double bestScore = Double.POSITIVE_INFINITY;
        for (ForecastModel c : candidates) {
            try {
                double score = Backtest.rollingOrigin(c, y, m, h, cvOrigins).mase();
                if (score < bestScore) {
                    bestScore = score;
                    best = c;
                }
            } catch (IllegalArgumentException ex) {
                // a candidate that cannot fit the shortened series does not compete
            }
        }
        return fitOrNaive(best == null ? new NaiveModel(NaiveModel.Kind.NAIVE) : best, y, m);
    }
}
