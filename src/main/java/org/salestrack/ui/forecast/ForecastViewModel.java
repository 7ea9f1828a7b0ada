package org.salestrack.ui.forecast;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.salestrack.forecast.service.CoherentForecast;
import org.salestrack.forecast.service.ForecastDesk;
import org.salestrack.forecast.launch.LaunchCases;
import org.salestrack.forecast.service.ModelRun;
import org.salestrack.forecast.service.SeriesHistory;
import org.salestrack.forecast.service.SubsidyResponse;
import org.salestrack.forecast.hierarchy.ReconciliationMethod;
import org.salestrack.forecast.scenario.ElasticityEstimate;
import org.salestrack.forecast.scenario.UpliftEstimate;
import org.salestrack.forecast.scenario.ForecastSet;
import org.salestrack.forecast.scenario.Scenario;
import org.salestrack.forecast.scenario.ScenarioComparator;
import org.salestrack.forecast.scenario.ForecastPaths;
import org.salestrack.model.SavedScenario;
import org.salestrack.model.Message;
import org.salestrack.model.ScenarioComparison;
import org.salestrack.model.Dimension;
import org.salestrack.model.cube.Member;
import org.salestrack.model.cube.Slice;
import org.salestrack.task.BackgroundTask;
import org.salestrack.task.Cancellation;
import org.salestrack.task.TaskExecutor;
import org.salestrack.ui.RequestScheduler;
import org.salestrack.ui.LatestRequest;
import org.salestrack.ui.StateManager;

/**
 * The forecast screen without its nodes: the level and series chosen through the hierarchy (narrowed by
 * the global filters), every model's forecast and backtest, the reconciliation choice, the scenario built
 * on the chosen forecast, and saved scenarios side by side. Loading and fitting run on executors;
 * results land in properties on the caller's (FX) thread.
 */
public final class ForecastViewModel {
    public static final List<String> GEOGRAPHY = List.of("", "region", "province");
    public static final List<String> PRODUCT = List.of("", "category", "series", "model", "sku");
    public static final List<String> MODELS = List.of("auto", "ets", "arima", "theta", "snaive");
    public static final int HORIZON = 12;
    public static final int HOLDOUT = 6;

    /** The reconciliation choices offered; NONE shows the model's own (incoherent) forecast. */
    public enum Reconcile {
        NONE(null), BOTTOM_UP(ReconciliationMethod.BOTTOM_UP), TOP_DOWN(ReconciliationMethod.TOP_DOWN_AVERAGE_PROPORTIONS),
        MINT_SHRINK(ReconciliationMethod.MINT_SHRINK);

        final ReconciliationMethod method;

        Reconcile(ReconciliationMethod method) { this.method = method; }
    }

    private final ForecastDesk desk;
    private final StateManager state;
    private final Function<Dimension, List<Member>> members;
    private final TaskExecutor tasks;
    private final LatestRequest<Loaded> seriesRequest;
    private final LatestRequest<ModelRun> launchRequest;
    private final LatestRequest<java.util.Optional<org.salestrack.forecast.scenario.GlobalWhatIf>> globalRequest;
    private final LatestRequest<Analysis> analysisRequest;
    private final LatestRequest<CoherentForecast> coherentRequest;
    private final LatestRequest<ModelRun> shiftRequest;
    private final LatestRequest<java.util.Optional<SubsidyResponse>> subsidyRequest;

    private final IntegerProperty horizon = new SimpleIntegerProperty(HORIZON);
    private final ReadOnlyObjectWrapper<BacktestVerdict> verdict = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<org.salestrack.model.ProductLifeCycle> lifeCycle = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<String> geography = new SimpleObjectProperty<>("province");
    private final ObjectProperty<String> product = new SimpleObjectProperty<>("series");
    private final BooleanProperty byChannel = new SimpleBooleanProperty(false);
    private final ObservableList<SeriesHistory> series = FXCollections.observableArrayList();
    private final ObjectProperty<SeriesHistory> selected = new SimpleObjectProperty<>();
    private final ObservableList<ModelRun> runs = FXCollections.observableArrayList();
    private final ObjectProperty<ModelRun> chosen = new SimpleObjectProperty<>();
    private final ObjectProperty<Reconcile> reconcile = new SimpleObjectProperty<>(Reconcile.NONE);
    private final ReadOnlyObjectWrapper<CoherentForecast> coherent = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ForecastSet> base = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ForecastPaths> adjusted = new ReadOnlyObjectWrapper<>();
    private final ObservableList<SavedScenario> saved = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ScenarioComparison> comparison = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Message> message = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper filtersOutsideLevel = new ReadOnlyBooleanWrapper();
    private final ScenarioModel scenario = new ScenarioModel();
    private final LaunchModel launch = new LaunchModel();
    private LaunchCases launches;
    private ModelRun shiftTarget;
    private List<SeriesHistory> levelSeries = List.of();

    private final ChangeListener<Slice> onSlice = (o, a, b) -> reload();
    private final InvalidationListener onDrivers = o -> recomputeScenario();

    /**
     * @param queries runs loading and fitting (latest request wins); @param tasks runs saves and reconciliation
     * @param debounceMillis 0 in tests
     */
    public ForecastViewModel(ForecastDesk desk, StateManager state, Function<Dimension, List<Member>> members, RequestScheduler requests, TaskExecutor queries,
                             TaskExecutor tasks, long debounceMillis) {
        this.desk = desk;
        this.state = state;
        this.members = members;
        this.tasks = tasks;
        this.seriesRequest = requests.latest(queries, debounceMillis);
        this.analysisRequest = requests.latest(queries, 0);
        this.coherentRequest = requests.latest(tasks, 0);
        this.shiftRequest = requests.latest(queries, 0);
        this.subsidyRequest = requests.latest(queries, debounceMillis);
        this.launchRequest = requests.latest(queries, 0);
        this.globalRequest = requests.latest(queries, debounceMillis);
        InvalidationListener onGlobal = o -> refreshGlobal();
        for (var input : List.of(scenario.global, scenario.priceChange, scenario.promotion, scenario.promoStart, scenario.promoLength, selected, horizon)) {
            input.addListener(onGlobal);
        }
        for (var input : launch.inputs()) input.addListener(o -> relaunch());
        state.sliceProperty().addListener(onSlice);
        InvalidationListener onLevel = o -> reload();
        geography.addListener(onLevel);
        product.addListener(onLevel);
        byChannel.addListener(onLevel);
        selected.addListener((o, a, s) -> analyse(s));
        selected.addListener((o, a, s) -> lifeCycle.set(s == null ? null
                : org.salestrack.forecast.LifeCycleService.of(s.id(), s.units().label(0), s.units().values())));
        horizon.addListener(o -> analyse(selected.get()));
        chosen.addListener((o, a, r) -> {
            verdict.set(BacktestVerdict.of(r, runs));
            refreshCoherent();
            loadShiftTarget();
            rebuildBase();
        });
        reconcile.addListener(o -> refreshCoherent());
        coherent.addListener(o -> rebuildBase());
        base.addListener(onDrivers);
        for (var input : scenario.inputs()) input.addListener(onDrivers);
        scenario.shiftTo.addListener(o -> loadShiftTarget());
        InvalidationListener onSubsidy = o -> refreshSubsidy();
        scenario.subsidy.addListener(onSubsidy);
        scenario.subsidyRate.addListener(onSubsidy);
        selected.addListener(onSubsidy);
        horizon.addListener(onSubsidy);
    }

    /**
     * Asks the global model for the what-if subsidy's effect on the chosen series (trained on the level's series
     * with the subsidy driver; a few seconds), latest request wins; the scenario applies it once it is in.
     */
    private void refreshSubsidy() {
        scenario.subsidyResponse.set(null);
        SeriesHistory s = selected.get();
        if (!scenario.subsidy.get() || s == null) {
            subsidyRequest.cancel();
            scenario.subsidyNote.set("");
            return;
        }
        List<String> level = level();
        double rate = scenario.subsidyRate.get();
        int h = horizon.get();
        scenario.subsidyNote.set("forecast.subsidy.computing");
        subsidyRequest.submit(() -> java.util.Optional.ofNullable(desk.subsidyResponse(level, s.id(), rate, h, Cancellation.none())), r -> {
            scenario.subsidyResponse.set(r.orElse(null));
            scenario.subsidyNote.set(r.isPresent() ? "" : "forecast.subsidy.none");
        }, e -> {
            scenario.subsidyNote.set("");
            failed(e);
        });
    }

    /** A level's series as the filters narrow them, and its launches (over all its series, so analogues are not filtered away). */
    private record Loaded(List<SeriesHistory> series, LaunchCases launches) {}

    /**
     * Asks the global model how the chosen series answers the price change and the campaign as set (trained on the
     * level's series with their prices and campaign days; a few seconds), latest request wins; the scenario applies
     * the answer once it is in, instead of the elasticity and the uplift.
     */
    private void refreshGlobal() {
        scenario.globalResponse.set(null);
        SeriesHistory s = selected.get();
        if (!scenario.global.get() || s == null || (scenario.priceChange.get() == 0 && !scenario.promotion.get())) {
            globalRequest.cancel();
            scenario.globalNote.set("");
            return;
        }
        List<String> level = level();
        double price = scenario.priceChange.get();
        int h = horizon.get();
        int start = scenario.globalStart(h);
        int length = scenario.globalLength();
        scenario.globalNote.set("forecast.global.computing");
        globalRequest.submit(() -> java.util.Optional.ofNullable(desk.globalWhatIf(level, s.id(), price, start, length, h, Cancellation.none())), r -> {
            scenario.globalResponse.set(r.orElse(null));
            scenario.globalNote.set(r.isPresent() ? "" : "forecast.global.none");
        }, e -> {
            scenario.globalNote.set("");
            failed(e);
        });
    }

    private record Analysis(List<ModelRun> runs, ElasticityEstimate elasticity, Map<String, UpliftEstimate> uplifts) {}

    /** The level as ForecastService takes it, e.g. [province, series, channel]. */
    public List<String> level() {
        List<String> l = new ArrayList<>();
        if (!geography.get().isEmpty()) l.add(geography.get());
        if (!product.get().isEmpty()) l.add(product.get());
        if (byChannel.get()) l.add("channel");
        return l;
    }

    /**
     * Loads the level's series: every complete month, whatever the global date range (a forecast cut at the
     * date filter's end would silently forecast from the past); the screen states the history used.
     */
    public void reload() {
        List<String> level = level();
        Slice slice = state.slice();
        busy.set(true);
        loading.set(true);
        seriesRequest.submit(() -> {
            List<SeriesHistory> all = desk.series(level, null, null, slice.pure());
            return new Loaded(SeriesFilter.apply(all, level, slice, members), desk.launches(level, all));
        }, loaded -> {
            List<SeriesHistory> list = loaded.series();
            launches = loaded.launches();
            busy.set(false);
            loading.set(false);
            levelSeries = list;
            filtersOutsideLevel.set(SeriesFilter.ignoresSome(level, slice));
            String keep = selected.get() == null ? null : selected.get().id();
            series.setAll(list);
            SeriesHistory next = list.stream().filter(s -> s.id().equals(keep)).findFirst().orElse(list.isEmpty() ? null : list.get(0));
            if (next == selected.get() && next != null) analyse(next); else selected.set(next);
            message.set(list.isEmpty() ? Message.of("forecast.no.series") : null);
        }, this::failed);
    }

    private void analyse(SeriesHistory s) {
        launchRequest.cancel();
        runs.clear();
        chosen.set(null);
        launch.show(s == null || launches == null ? null : launches.of(s.id()).orElse(null),
                s == null ? null : java.time.YearMonth.parse(s.units().label(s.units().length() - 1)));
        if (s == null) return;
        busy.set(true);
        int h = horizon.get();
        List<SeriesHistory> level = levelSeries;
        List<String> dims = level();
        analysisRequest.submit(() -> new Analysis(desk.compare(s.units(), level, dims, MODELS, h, HOLDOUT, Cancellation.none()),
                desk.elasticity(s), desk.uplifts(s)), a -> {
            busy.set(false);
            runs.setAll(a.runs());
            scenario.estimate.set(a.elasticity());
            scenario.uplifts.set(a.uplifts());
            chosen.set(a.runs().get(0));
            relaunch();
        }, this::failed);
    }

    /**
     * The launch forecast from the analogues picked (first among the models, and chosen), recomputed when the analyst
     * picks, drops, changes the method or the coverage; gone when no analogue is picked or the series is no launch.
     */
    private void relaunch() {
        LaunchCases.Case c = launch.launch.get();
        SeriesHistory s = selected.get();
        if (runs.isEmpty() || s == null) return;
        ModelRun old = runs.get(0).key().equals(ForecastDesk.LAUNCH) ? runs.get(0) : null;
        if (c == null || launch.picked.isEmpty()) {
            launchRequest.cancel();
            if (old != null) {
                runs.remove(0);
                if (chosen.get() == old) chosen.set(runs.get(0));
            }
            return;
        }
        List<String> picked = List.copyOf(launch.picked);
        var method = launch.method.get();
        double coverage = launch.coverage.get();
        int h = horizon.get();
        var last = launch.last;
        int n = s.units().length();
        launchRequest.submit(() -> ForecastDesk.launchRun(c, picked, method, coverage, h, last, n), run -> {
            if (selected.get() != s) return;
            ModelRun current = runs.isEmpty() || !runs.get(0).key().equals(ForecastDesk.LAUNCH) ? null : runs.get(0);
            boolean wasChosen = current == null || chosen.get() == current;
            if (current == null) runs.add(0, run); else runs.set(0, run);
            if (wasChosen) chosen.set(run);
        }, this::failed);
    }

    private void refreshCoherent() {
        coherent.set(null);
        SeriesHistory s = selected.get();
        ModelRun run = chosen.get();
        Reconcile r = reconcile.get();
        List<String> level = level();
        if (s == null || run == null || r == Reconcile.NONE) {
            coherentRequest.cancel();
            return;
        }
        if (level.isEmpty() || levelSeries.size() < 2) {
            message.set(Message.of("forecast.reconcile.single"));
            return;
        }
        List<SeriesHistory> all = levelSeries;
        int h = horizon.get();
        coherentRequest.submit(() -> desk.reconcile(level, all, s.id(), run.key(), h, r.method, Cancellation.none()),
                coherent::set, this::failed);
    }

    private void loadShiftTarget() {
        shiftTarget = null;
        String id = scenario.shiftTo.get();
        ModelRun run = chosen.get();
        SeriesHistory target = series.stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
        if (target == null || run == null) {
            rebuildBase();
            return;
        }
        int h = horizon.get();
        shiftRequest.submit(() -> desk.compare(target.units(), List.of(run.key()), h, 0, Cancellation.none()).get(0), r -> {
            shiftTarget = r;
            rebuildBase();
        }, this::failed);
    }

    /** The forecast the scenario adjusts: the chosen model's, or its reconciled version, plus a shift target. */
    private void rebuildBase() {
        ModelRun run = chosen.get();
        SeriesHistory s = selected.get();
        if (run == null || s == null) {
            base.set(null);
            return;
        }
        CoherentForecast c = coherent.get();
        ForecastPaths own = c != null ? new ForecastPaths(s.id(), c.mean(), c.p10(), null, c.p90())
                : new ForecastPaths(s.id(), run.mean(), run.p10(), run.p50(), run.p90());
        List<ForecastPaths> list = new ArrayList<>(List.of(own));
        if (shiftTarget != null && !s.id().equals(scenario.shiftTo.get())) {
            list.add(new ForecastPaths(scenario.shiftTo.get(), shiftTarget.mean(), shiftTarget.p10(), shiftTarget.p50(), shiftTarget.p90()));
        }
        base.set(ForecastSet.of(run.periods(), list));
    }

    private void recomputeScenario() {
        ForecastSet b = base.get();
        SeriesHistory s = selected.get();
        if (b == null || s == null) {
            adjusted.set(null);
            return;
        }
        try {
            adjusted.set(currentScenario("current").apply(b).series(s.id()));
        } catch (IllegalArgumentException e) {
            message.set(Message.of("forecast.scenario.invalid", org.salestrack.ui.Failures.of(e)));
        }
    }

    Scenario currentScenario(String name) {
        ForecastSet b = base.get();
        boolean shiftReady = b != null && scenario.shiftTo.get() != null && b.series().containsKey(scenario.shiftTo.get());
        return scenario.scenario(name, selected.get().id(), b == null ? horizon.get() : b.horizon(), shiftReady);
    }

    /**
     * Saves the scenario as set under a name, with the forecast it adjusts kept as a run of the level (so
     * the workbook shows what the scenario was built on), then reloads the saved list.
     */
    public void saveScenario(String name, Runnable done) {
        SeriesHistory s = selected.get();
        ModelRun run = chosen.get();
        ForecastSet b = base.get();
        if (s == null || run == null || b == null || name == null || name.isBlank()) return;
        Scenario sc = currentScenario(name.strip());
        String baseKey = String.join(",", level()) + ":" + s.id() + " " + run.key() + (reconcile.get() == Reconcile.NONE ? "" : " " + reconcile.get().name());
        List<String> level = level();
        ForecastPaths shown = b.series(s.id());
        String model = storedModel(run);
        tasks.execute(new BackgroundTask<List<SavedScenario>>("scenario") {
            @Override
            public List<SavedScenario> call() {
                desk.keep(level, run, shown, model);
                desk.saveScenario(baseKey, sc.toDefinition());
                return desk.savedScenarios();
            }
        }, list -> {
            saved.setAll(list);
            message.set(Message.of("forecast.scenario.saved", sc.name()));
            done.run();
        }, this::failed);
    }

    /** Keeps the forecast shown (the chosen model's, or its reconciled version) for reports, as the CLI keeps its runs. */
    public void keepForecast() {
        SeriesHistory s = selected.get();
        ModelRun run = chosen.get();
        ForecastSet b = base.get();
        if (s == null || run == null || b == null) return;
        if (state.slice().pure().on()) {
            // forecast tracking compares kept forecasts with every sale that arrives, not with the unpromoted base
            message.set(Message.of("marketing.pure.not.kept"));
            return;
        }
        List<String> level = level();
        ForecastPaths shown = b.series(s.id());
        String model = storedModel(run);
        tasks.execute(new BackgroundTask<Void>("forecast") {
            @Override
            public Void call() {
                desk.keep(level, run, shown, model);
                return null;
            }
        }, v -> message.set(Message.of("forecast.kept", s.id())), this::failed);
    }

    private String storedModel(ModelRun run) {
        return reconcile.get() == Reconcile.NONE ? run.name() : run.name() + " [" + reconcile.get().method + "]";
    }

    /** Whether the forecasts kept and the scenarios saved are stored where the data is (not on the national store). */
    public boolean keeps() { return desk.keeps(); }

    public void loadSaved() {
        tasks.execute(new BackgroundTask<List<SavedScenario>>("scenarios") {
            @Override
            public List<SavedScenario> call() { return desk.savedScenarios(); }
        }, saved::setAll, this::failed);
    }

    /** Puts the chosen saved scenarios side by side on the current base forecast. */
    public void compare(List<SavedScenario> chosenScenarios) {
        ForecastSet b = base.get();
        if (b == null || chosenScenarios.isEmpty()) {
            comparison.set(null);
            return;
        }
        try {
            List<Scenario> list = chosenScenarios.stream().map(x -> Scenario.fromDefinition(x.definition())).toList();
            comparison.set(ScenarioComparator.compare(b, list, selected.get().id()));
        } catch (IllegalArgumentException e) {
            message.set(Message.of("forecast.scenario.invalid", org.salestrack.ui.Failures.of(e)));
        }
    }

    /** Shows a bundle key ("key|argument") in the message line, e.g. after an export. */
    public void note(Message m) { message.set(m); }

    private void failed(Throwable e) {
        busy.set(false);
        loading.set(false);
        Message why = org.salestrack.ui.Failures.of(e);
        message.set(why == null ? Message.of("forecast.cancelled") : Message.of("forecast.failed", why));
    }

    /** Months to forecast (the horizon control); changing it refits the chosen series. */
    public IntegerProperty horizonProperty() { return horizon; }

    /** The chosen model's backtest against seasonal naive's on the same holdout; null before a fit. */
    public ReadOnlyObjectProperty<BacktestVerdict> verdictProperty() { return verdict.getReadOnlyProperty(); }

    /** The chosen series' life-cycle stage and turning points (meaningful at a product level: model, SKU, series). */
    public ReadOnlyObjectProperty<org.salestrack.model.ProductLifeCycle> lifeCycleProperty() { return lifeCycle.getReadOnlyProperty(); }

    public ObjectProperty<String> geographyProperty() { return geography; }

    public ObjectProperty<String> productProperty() { return product; }

    public BooleanProperty byChannelProperty() { return byChannel; }

    public ObservableList<SeriesHistory> series() { return series; }

    public ObjectProperty<SeriesHistory> selectedProperty() { return selected; }

    public ObservableList<ModelRun> runs() { return runs; }

    public ObjectProperty<ModelRun> chosenProperty() { return chosen; }

    public ObjectProperty<Reconcile> reconcileProperty() { return reconcile; }

    public ReadOnlyObjectProperty<CoherentForecast> coherentProperty() { return coherent.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<ForecastSet> baseProperty() { return base.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<ForecastPaths> adjustedProperty() { return adjusted.getReadOnlyProperty(); }

    public ObservableList<SavedScenario> saved() { return saved; }

    public ReadOnlyObjectProperty<ScenarioComparison> comparisonProperty() { return comparison.getReadOnlyProperty(); }

    /** A bundle key, or "key|argument". */
    /** What the screen says about its last step, in any language; null when it has nothing to say. */
    public ReadOnlyObjectProperty<Message> messageProperty() { return message.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }

    /** True while the level's series are being read: the chart shows a loading state, not an empty axis. */
    public ReadOnlyBooleanProperty loadingProperty() { return loading.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty filtersOutsideLevelProperty() { return filtersOutsideLevel.getReadOnlyProperty(); }

    public ScenarioModel scenario() { return scenario; }

    /** The chosen series' launch: its analogues, the ones picked, method and coverage. */
    public LaunchModel launch() { return launch; }

    /** Stops following the global filters and drops pending work; called when the view closes. */
    public void close() {
        state.sliceProperty().removeListener(onSlice);
        seriesRequest.cancel();
        analysisRequest.cancel();
        coherentRequest.cancel();
        shiftRequest.cancel();
        subsidyRequest.cancel();
        launchRequest.cancel();
        globalRequest.cancel();
    }
}
