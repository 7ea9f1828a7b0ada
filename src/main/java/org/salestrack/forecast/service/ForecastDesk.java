package org.salestrack.forecast.service;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.salestrack.forecast.FittedModel;
import org.salestrack.forecast.ForecastModel;
import org.salestrack.forecast.ForecastRequest;
import org.salestrack.forecast.ForecastService;
import org.salestrack.forecast.ModelCatalog;
import org.salestrack.forecast.Prediction;
import org.salestrack.forecast.SeriesForecast;
import org.salestrack.forecast.accuracy.Accuracy;
import org.salestrack.forecast.accuracy.BacktestResult;
import org.salestrack.forecast.ensemble.AutoModel;
import org.salestrack.forecast.launch.LaunchCases;
import org.salestrack.forecast.launch.LaunchForecaster;
import org.salestrack.forecast.launch.LaunchRun;
import org.salestrack.forecast.ensemble.SeasonalDonors;
import org.salestrack.forecast.ensemble.Selection;
import org.salestrack.forecast.scenario.CampaignWindow;
import org.salestrack.forecast.scenario.ElasticityEstimate;
import org.salestrack.forecast.scenario.ElasticityEstimator;
import org.salestrack.forecast.scenario.UpliftEstimate;
import org.salestrack.forecast.scenario.UpliftEstimator;
import org.salestrack.forecast.global.GlobalBoostModel;
import org.salestrack.forecast.series.SeriesDrivers;
import org.salestrack.forecast.series.SubsidyDriver;
import org.salestrack.forecast.series.TimeSeries;
import org.salestrack.model.MonthlySeries;
import org.salestrack.model.SavedScenario;
import org.salestrack.model.ScenarioDefinition;
import org.salestrack.store.ForecastRuns;
import org.salestrack.store.PromotionCalendar;
import org.salestrack.store.ScenarioStore;
import org.salestrack.store.Workspace;
import org.salestrack.task.Cancellation;

/**
 * What the forecast screen asks of a workspace: the series of a level, each model's forecast with its
 * backtest, the price elasticity, reconciled forecasts, and saved scenarios. Slow (SQL, fitting): call it
 * off the FX thread.
 */
public final class ForecastDesk {
    /** Months per season of the workspace's monthly series. */
    public static final int SEASON = 12;
    /** The key of a launch forecast among the screen's models. */
    public static final String LAUNCH = "launch";

    private final ForecastService forecasts;
    private final ScenarioStore scenarios;
    private final PromotionCalendar promotions;
    private final Reconciliation reconciliation = new Reconciliation();
    private final boolean keeps;

    public ForecastDesk(Workspace workspace) {
        this.forecasts = new ForecastService(workspace);
        this.scenarios = new ScenarioStore(workspace);
        this.promotions = new PromotionCalendar(workspace);
        this.keeps = new ForecastRuns(workspace).keeps();
    }

    /** Whether forecasts kept and scenarios saved are stored (a workspace file), or only shown (the national store). */
    public boolean keeps() { return keeps; }

    /**
     * The series of a level (e.g. [province, series]) over the months, units with their revenue; at a level of products
     * alone (SKU or model), a product the master launches after the data ends is there too, with no sales yet, so its
     * launch can be forecast.
     */
    public List<SeriesHistory> series(List<String> level, String fromMonth, String toMonth) {
        return series(level, fromMonth, toMonth, org.salestrack.model.cube.PureSales.OFF);
    }

    /** The same leaving out the sales of the campaigns {@code pure} names (the global filter's "pure" sales). */
    public List<SeriesHistory> series(List<String> level, String fromMonth, String toMonth, org.salestrack.model.cube.PureSales pure) {
        List<SeriesHistory> out = new ArrayList<>();
        List<MonthlySeries> monthly = forecasts.monthly(level, fromMonth, toMonth, pure);
        for (MonthlySeries m : monthly) {
            TimeSeries u = ForecastService.timeSeries(m, ForecastService.Measure.UNITS);
            List<String> keys = level.isEmpty() ? List.of() : List.of(u.id().split("/", -1));
            out.add(new SeriesHistory(keys, u, m.revenue()));
        }
        if (out.isEmpty() || level.size() != 1) return out;
        TimeSeries any = out.get(0).units();
        for (LaunchCases.Case c : forecasts.launches(level, monthly).all()) {
            if (out.stream().anyMatch(s -> s.id().equals(c.seriesId()))) continue;
            double[] none = new double[any.length()];
            out.add(new SeriesHistory(List.of(c.seriesId()), new TimeSeries(c.seriesId(), any.kind(), any.firstOrdinal(), none, any.seasonLength()), none));
        }
        return out;
    }

    /** Which of the level's series are launches, with the analogues each can borrow a launch curve from. */
    public LaunchCases launches(List<String> level, List<SeriesHistory> series) {
        List<MonthlySeries> monthly = new ArrayList<>();
        for (SeriesHistory s : series) monthly.add(new MonthlySeries(s.id(), s.keys(), s.units().label(0), s.units().values(), s.revenue()));
        return forecasts.launches(level, monthly);
    }

    /** A launch forecast from the analogues named, as one more model of the screen (key {@code launch}, no backtest). */
    public static ModelRun launchRun(LaunchCases.Case c, List<String> analogues, LaunchForecaster.Method method, double coverage, int horizon,
                                     YearMonth last, int historyLength) {
        SeriesForecast f = LaunchRun.forecast(c, analogues, method, coverage, horizon, last, LAUNCH);
        double[] fitted = new double[historyLength];
        Arrays.fill(fitted, Double.NaN);
        return new ModelRun(LAUNCH, f.modelName(), f.parameters(), f.steps(), null, fitted, null, null);
    }

    /** Each model on the series: forecast, band, parameters, and (with a holdout) its backtest. */
    public List<ModelRun> compare(TimeSeries series, List<String> modelKeys, int horizon, int holdout, Cancellation cancel) {
        return compare(series, List.of(), modelKeys, horizon, holdout, cancel);
    }

    /**
     * As above, with the series of its level: a series shorter than two seasons may borrow the level total's
     * seasonality in auto, as it does in {@code forecast --workspace}.
     */
    public List<ModelRun> compare(TimeSeries series, List<SeriesHistory> level, List<String> modelKeys, int horizon, int holdout,
                                  Cancellation cancel) {
        ForecastModel borrowed = SeasonalDonors.ofLevel(level.stream().map(SeriesHistory::units).toList()).modelFor(series);
        List<ModelRun> runs = new ArrayList<>();
        for (String key : modelKeys) {
            cancel.check();
            runs.add(run(series, key, horizon, holdout, borrowed));
        }
        return runs;
    }

    /**
     * As above at a level of {@code dims}: at a product level, as {@code forecast --workspace} does, the product is
     * fitted from its first sale (the months before its launch are no demand of zero) and a short one borrows the
     * seasonality of its line, else its category, from the product master; elsewhere the level total's.
     */
    public List<ModelRun> compare(TimeSeries series, List<SeriesHistory> level, List<String> dims, List<String> modelKeys, int horizon,
                                  int holdout, Cancellation cancel) {
        List<TimeSeries> units = level.stream().map(SeriesHistory::units).toList();
        java.util.Map<String, TimeSeries> parents = dims.isEmpty() || units.isEmpty() ? java.util.Map.of() : forecasts.parents(dims, units);
        if (!parents.containsKey(series.id())) return compare(series, level, modelKeys, horizon, holdout, cancel);
        return compareFromFirstSale(series, units, parents, modelKeys, horizon, holdout, cancel);
    }

    /** The product from its first sale, borrowing from its parent among {@code parents}; the fitted line the whole history long. */
    static List<ModelRun> compareFromFirstSale(TimeSeries series, List<TimeSeries> level, java.util.Map<String, TimeSeries> parents,
                                               List<String> modelKeys, int horizon, int holdout, Cancellation cancel) {
        TimeSeries sold = org.salestrack.forecast.ForecastRunner.fromFirstSale(series);
        int before = series.length() - sold.length();
        ForecastModel borrowed = SeasonalDonors.ofParents(level, parents).modelFor(sold);
        List<ModelRun> runs = new ArrayList<>();
        for (String key : modelKeys) {
            cancel.check();
            ModelRun r = run(sold, key, horizon, holdout, borrowed);
            // the chart's fitted line keeps the whole history's months: none before the first sale
            double[] fitted = new double[series.length()];
            Arrays.fill(fitted, 0, before, Double.NaN);
            System.arraycopy(r.fitted(), 0, fitted, before, r.fitted().length);
            runs.add(new ModelRun(r.key(), r.name(), r.parameters(), r.steps(), r.accuracy(), fitted, r.backtest(), r.warning()));
        }
        return runs;
    }

    static ModelRun run(TimeSeries series, String key, int horizon, int holdout, ForecastModel borrowed) {
        ForecastRequest request = new ForecastRequest(horizon, List.of(key), 0, 1, Selection.COMBINATION, null);
        // the same path as the CLI and reports: one fallback rule, one flooring rule
        SeriesForecast f = org.salestrack.forecast.ForecastRunner.forecast(series, key, request, borrowed);
        double[] y = series.values();
        ForecastModel model = ModelCatalog.byKey(key);
        if (borrowed != null && model instanceof AutoModel auto) model = auto.withBorrowedSeasonality(borrowed);
        double[] fitted = new double[y.length];
        Arrays.fill(fitted, Double.NaN);
        try {
            fitted = model.fit(y, series.seasonLength()).fitted();
        } catch (IllegalArgumentException | ArithmeticException e) {
            // the fallback already named the failure in f.warning(); the chart simply shows no fit
        }
        double[] backtest = null;
        BacktestResult accuracy = null;
        if (holdout > 0 && y.length - holdout >= 2) {
            try {
                double[] train = Arrays.copyOf(y, y.length - holdout);
                double[] actual = Arrays.copyOfRange(y, y.length - holdout, y.length);
                FittedModel fit = model.fit(train, series.seasonLength());
                Prediction p = fit.predict(holdout);
                if (Arrays.stream(y).min().orElse(0) >= 0) p = p.floorAtZero();
                backtest = p.mean();
                accuracy = new BacktestResult(fit.name(), 1, holdout, Accuracy.mape(actual, backtest), Accuracy.smape(actual, backtest),
                        Accuracy.wape(actual, backtest), Accuracy.rmse(actual, backtest), Accuracy.mase(actual, backtest, train, series.seasonLength()),
                        Accuracy.coverage(actual, p.quantile(0.1), p.quantile(0.9)));
            } catch (IllegalArgumentException | ArithmeticException e) {
                backtest = null;
            }
        }
        return new ModelRun(key, f.modelName(), f.parameters(), f.steps(), accuracy, fitted, backtest, f.warning());
    }

    /** The price elasticity of the series' units, from its monthly average price, shrunk towards the prior. */
    public ElasticityEstimate elasticity(SeriesHistory s) {
        return new ElasticityEstimator().estimate(s.units().values(), s.prices(), SEASON);
    }

    /**
     * The uplift of each promotion type measured on the series' own past campaigns (a month counts when a
     * campaign runs a week of it), against a trend-and-season baseline fitted to the other months; empty
     * when no type is measurable (no campaigns, or no month left outside them).
     */
    public Map<String, UpliftEstimate> uplifts(SeriesHistory s) {
        List<CampaignWindow> windows = PromotionWindows.of(promotions.all(), YearMonth.parse(s.units().label(0)), s.units().length());
        if (windows.isEmpty()) return Map.of();
        try {
            return new UpliftEstimator(SEASON, 1).estimate(s.units().values(), windows);
        } catch (IllegalArgumentException e) {
            return Map.of();
        }
    }

    /** The chosen series' forecast made coherent with every series of its level (and their sums). */
    public CoherentForecast reconcile(List<String> level, List<SeriesHistory> all, String seriesId, String modelKey, int horizon,
                                      org.salestrack.forecast.hierarchy.ReconciliationMethod method, Cancellation cancel) {
        return reconciliation.reconcile(level, all, seriesId, modelKey, horizon, method, cancel);
    }

    /**
     * Keeps the forecast the screen shows for a series as a run of its level, as {@code forecast --workspace}
     * keeps its runs, so the workbook's Forecast sheet and forecast tracking see it.
     *
     * @param shown the chosen model's forecast, or its reconciled version
     * @param model the model's name as stored (the reconciliation appended when there is one)
     */
    public void keep(List<String> level, ModelRun run, org.salestrack.forecast.scenario.ForecastPaths shown, String model) {
        double[] mean = shown.mean();
        double[] p10 = shown.p10();
        double[] p50 = shown.p50();
        double[] p90 = shown.p90();
        List<SeriesForecast.Step> steps = new ArrayList<>();
        List<String> periods = run.periods();
        for (int t = 0; t < mean.length; t++) {
            steps.add(new SeriesForecast.Step(t + 1, periods.get(t), mean[t], p10 == null ? Double.NaN : p10[t],
                    p50 == null ? Double.NaN : p50[t], p90 == null ? Double.NaN : p90[t]));
        }
        SeriesForecast f = new SeriesForecast(shown.seriesId(), run.key(), model, run.parameters(), steps, run.accuracy(), run.warning());
        forecasts.save(level, List.of(f), mean.length);
    }

    /**
     * A what-if subsidy as the global model sees it: the model is trained on every series of the level with its
     * drivers as the policies plan them, then forecasts again with the subsidy at {@code rate} in the forecast
     * months (0: off); the ratio of the two forecasts of {@code seriesId} is what the scenario applies to the
     * chosen model's forecast. Null when the workspace holds no policy measure (the model never saw a subsidy).
     */
    public SubsidyResponse subsidyResponse(List<String> level, String seriesId, double rate, int horizon, Cancellation cancel) {
        return subsidyResponses(level, rate, horizon, cancel).get(seriesId);
    }

    /** As {@link #subsidyResponse} for every series of the level at once (one model); empty without policy measures. */
    public Map<String, SubsidyResponse> subsidyResponses(List<String> level, double rate, int horizon, Cancellation cancel) {
        ForecastService.LevelSeries planned = forecasts.loadWithDrivers(level, ForecastService.Measure.UNITS, horizon, null);
        if (planned.series().isEmpty() || !planned.drivers().values().iterator().next().names().contains(SubsidyDriver.NAME)) return Map.of();
        cancel.check();
        ForecastService.LevelSeries whatIf = forecasts.loadWithDrivers(level, ForecastService.Measure.UNITS, horizon, rate);
        cancel.check();
        double[][] base;
        double[][] changed;
        try (GlobalBoostModel.Trained trained = new GlobalBoostModel().train(planned.series(), planned.drivers())) {
            base = trained.forecast(horizon, null);
            changed = trained.forecast(horizon, whatIf.drivers());
        }
        Map<String, SubsidyResponse> out = new java.util.LinkedHashMap<>();
        for (int i = 0; i < planned.series().size(); i++) {
            String id = planned.series().get(i).id();
            int n = planned.series().get(i).length();
            double[] multiplier = new double[horizon];
            for (int k = 0; k < horizon; k++) multiplier[k] = base[i][k] > 0 ? changed[i][k] / base[i][k] : 1;
            out.put(id, new SubsidyResponse(id, rate, future(planned.drivers().get(id), n, horizon), future(whatIf.drivers().get(id), n, horizon),
                    multiplier));
        }
        return out;
    }

    /**
     * A price change and a campaign as the global model answers them for {@code seriesId}: trained on every series of
     * the level with its drivers (average price, campaign days of the calendar), it forecasts again with this series'
     * price times (1 + priceChange) over the forecast months and every day of months [promoStart, promoStart +
     * promoLength) in a campaign; the ratio of the two forecasts per month. Null when the level has too few series
     * for the model ({@link GlobalBoostModel#MIN_SERIES}) or the series is not among them.
     */
    public org.salestrack.forecast.scenario.GlobalWhatIf globalWhatIf(List<String> level, String seriesId, double priceChange, int promoStart,
                                                                   int promoLength, int horizon, Cancellation cancel) {
        ForecastService.LevelSeries planned = forecasts.loadWithDrivers(level, ForecastService.Measure.UNITS, horizon, null);
        int at = -1;
        for (int i = 0; i < planned.series().size(); i++) if (planned.series().get(i).id().equals(seriesId)) at = i;
        if (at < 0 || planned.series().size() < GlobalBoostModel.MIN_SERIES) return null;
        cancel.check();
        int n = planned.series().get(at).length();
        SeriesDrivers d = planned.drivers().get(seriesId);
        SeriesDrivers changed = priceChange == 0 ? d : d.scaled("price", n, 1 + priceChange);
        YearMonth last = YearMonth.parse(planned.series().get(at).label(n - 1));
        for (int k = promoStart; k < promoStart + promoLength && k < horizon; k++) {
            changed = changed.set("campaign_days", n + k, n + k + 1, last.plusMonths(k + 1L).lengthOfMonth());
        }
        Map<String, SeriesDrivers> whatIf = new java.util.LinkedHashMap<>(planned.drivers());
        whatIf.put(seriesId, changed);
        double[][] base;
        double[][] moved;
        try (GlobalBoostModel.Trained trained = new GlobalBoostModel().train(planned.series(), planned.drivers())) {
            cancel.check();
            base = trained.forecast(horizon, null);
            moved = trained.forecast(horizon, whatIf);
        }
        double[] multiplier = new double[horizon];
        for (int k = 0; k < horizon; k++) multiplier[k] = base[at][k] > 0 ? Math.max(0, moved[at][k]) / base[at][k] : 1;
        return new org.salestrack.forecast.scenario.GlobalWhatIf(seriesId, priceChange, promoStart, promoLength, multiplier);
    }

    private static double[] future(SeriesDrivers d, int from, int horizon) {
        int k = d.names().indexOf(SubsidyDriver.NAME);
        return Arrays.copyOfRange(d.values()[k], from, from + horizon);
    }

    public SavedScenario saveScenario(String base, ScenarioDefinition definition) { return scenarios.save(base, definition); }

    public List<SavedScenario> savedScenarios() { return scenarios.list(); }

    public void deleteScenario(String name) { scenarios.delete(name); }
}
