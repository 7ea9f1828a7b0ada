package org.salestrack.ui.market;

import org.salestrack.ui.Failures;
import org.salestrack.model.Message;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.salestrack.analytics.market.MarketService;
import org.salestrack.model.Dimension;
import org.salestrack.model.cube.Slice;
import org.salestrack.model.market.CompetitorErosion;
import org.salestrack.model.market.EventEffect;
import org.salestrack.model.market.PolicyEffect;
import org.salestrack.task.TaskExecutor;
import org.salestrack.ui.RequestScheduler;
import org.salestrack.ui.LatestRequest;
import org.salestrack.ui.StateManager;

/**
 * The Market screen's state: loads the panel, events and policies once (off the FX thread) with the effects
 * estimated, then recomputes the share, trend and ranking whenever the global filters change.
 */
public final class MarketViewModel implements org.salestrack.ui.ScreenModel {
    private final MarketService service;
    private final StateManager state;
    private final LatestRequest<Loaded> load;
    private final LatestRequest<MarketScreenData> request;
    private final ReadOnlyObjectWrapper<MarketScreenData> data = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Message> error = new ReadOnlyObjectWrapper<>();
    private final InvalidationListener onFilters = o -> recompute();
    private Loaded loaded;

    private record Loaded(MarketService.Market market, List<EventEffect> events, List<CompetitorErosion> erosion, List<PolicyEffect> policies) {}

    public MarketViewModel(MarketService service, StateManager state, RequestScheduler requests, TaskExecutor queries, long debounceMillis) {
        this.service = service;
        this.state = state;
        this.load = requests.latest(queries, 0);
        this.request = requests.latest(queries, debounceMillis);
        state.sliceProperty().addListener(onFilters);
    }

    public ReadOnlyObjectProperty<MarketScreenData> dataProperty() { return data.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }

    /** What went wrong with the last query, in words for the screen; null when it went right. */
    public ReadOnlyObjectProperty<Message> errorProperty() { return error.getReadOnlyProperty(); }

    public StateManager state() { return state; }

    @Override
    public void start() { reload(); }

    /** Loads the market (again, after an import) and shows it for the current filters. */
    public void reload() {
        busy.set(true);
        Slice slice = state.slice();
        load.submit(() -> {
            MarketService.Market m = service.load();
            List<EventEffect> events = m.eventEffects();
            return new Loaded(m, events, m.competitorEffects(events), m.policyEffects());
        }, l -> {
            loaded = l;
            busy.set(false);
            data.set(MarketScreenData.of(l.market, l.events, l.erosion, l.policies, slice));
            if (!state.slice().equals(slice)) recompute();
        }, this::failed);
    }

    private void recompute() {
        Loaded l = loaded;
        if (l == null) return;
        Slice slice = state.slice();
        request.submit(() -> MarketScreenData.of(l.market, l.events, l.erosion, l.policies, slice), data::set, this::failed);
    }

    private void failed(Throwable e) {
        busy.set(false);
        error.set(Failures.of(e));
    }

    /** A ranking row double-clicked: the whole workbench narrows to that province. */
    public void drillProvince(String code, String name) { state.drill(Dimension.PROVINCE, code, name); }

    @Override
    public void close() {
        state.sliceProperty().removeListener(onFilters);
        load.cancel();
        request.cancel();
    }
}
