package org.salestrack.ui.dashboard;

import org.salestrack.analytics.explore.DashboardData;
import org.salestrack.analytics.market.MarketService;
import org.salestrack.model.market.SliceShare;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.salestrack.analytics.explore.DatePreset;
import org.salestrack.analytics.explore.ExploreService;
import org.salestrack.model.Dimension;
import org.salestrack.model.cube.Grain;
import org.salestrack.model.cube.Slice;
import org.salestrack.task.TaskExecutor;
import org.salestrack.ui.RequestScheduler;
import org.salestrack.ui.LatestRequest;
import org.salestrack.ui.StateManager;

/**
 * The dashboard's state: recomputes {@link DashboardData} whenever the global filters or the trend grain
 * change (latest request wins), and turns clicks into drill steps on the shared {@link StateManager}.
 */
public final class DashboardViewModel {
    private final ExploreService explore;
    private final StateManager state;
    private final RequestScheduler requests;
    private final LatestRequest<DashboardData> request;
    private final ReadOnlyObjectWrapper<DashboardData> data = new ReadOnlyObjectWrapper<>();
    private final javafx.beans.property.ReadOnlyObjectWrapper<org.salestrack.model.Message> error = new javafx.beans.property.ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Grain> grain = new SimpleObjectProperty<>();
    private final javafx.beans.property.ReadOnlyBooleanWrapper loading = new javafx.beans.property.ReadOnlyBooleanWrapper(false);
    private final ObjectProperty<MapMode> mapMode = new SimpleObjectProperty<>(MapMode.REVENUE);
    private final InvalidationListener onChange = o -> reload();
    private final MarketService market;
    private final org.salestrack.analytics.marketing.MarketingService marketing;
    private final LatestRequest<java.util.List<org.salestrack.model.Campaign>> campaignRequest;
    private final ReadOnlyObjectWrapper<java.util.List<org.salestrack.model.Campaign>> campaigns = new ReadOnlyObjectWrapper<>(java.util.List.of());
    private final LatestRequest<MarketService.SliceShares> shareRequest;
    private final ReadOnlyObjectWrapper<SliceShare> share = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<java.util.Map<String, SliceShare>> provinceShares = new ReadOnlyObjectWrapper<>(java.util.Map.of());

    public DashboardViewModel(ExploreService explore, StateManager state, RequestScheduler requests, TaskExecutor queries, long debounceMillis) {
        this(explore, null, state, requests, queries, debounceMillis);
    }

    /** @param market the market panel's service for the share tile, or null when the workbench runs without it */
    public DashboardViewModel(ExploreService explore, MarketService market, StateManager state, RequestScheduler requests, TaskExecutor queries, long debounceMillis) {
        this(explore, market, null, state, requests, queries, debounceMillis);
    }

    /** @param marketing the campaigns' service for the marks on the trend, or null when the workbench runs without it */
    public DashboardViewModel(ExploreService explore, MarketService market, org.salestrack.analytics.marketing.MarketingService marketing,
                              StateManager state, RequestScheduler requests, TaskExecutor queries, long debounceMillis) {
        this.explore = explore;
        this.marketing = marketing;
        this.campaignRequest = requests.latest(queries, debounceMillis);
        this.market = market;
        this.state = state;
        this.requests = requests;
        this.request = requests.latest(queries, debounceMillis);
        this.shareRequest = requests.latest(queries, debounceMillis);
        state.sliceProperty().addListener(onChange);
        grain.addListener(onChange);
        reload();
    }

    public ReadOnlyObjectProperty<DashboardData> dataProperty() { return data.getReadOnlyProperty(); }

    /** Whether the share tile has a market panel's service to ask (else it says no panel is loaded). */
    public boolean hasMarket() { return market != null; }

    /** Our market share over the filters, or why there is none; null until computed or without a market service. */
    public ReadOnlyObjectProperty<SliceShare> shareProperty() { return share.getReadOnlyProperty(); }

    /** Our share in each province of the filters the panel covers, by province code, for the tile map. */
    public ReadOnlyObjectProperty<java.util.Map<String, SliceShare>> provinceSharesProperty() { return provinceShares.getReadOnlyProperty(); }

    /** True from a filter change until its figures arrive: the screen shows a progress indicator. */
    public javafx.beans.property.ReadOnlyBooleanProperty loadingProperty() { return loading.getReadOnlyProperty(); }

    public StateManager state() { return state; }

    /** The campaigns marked on the trend: running in the range and reaching the channels and provinces the filters keep. */
    public ReadOnlyObjectProperty<java.util.List<org.salestrack.model.Campaign>> campaignsProperty() { return campaigns.getReadOnlyProperty(); }

    /** What the last load failed with (null when it did not), in the words {@link org.salestrack.ui.Failures} chose for it. */
    public javafx.beans.property.ReadOnlyObjectProperty<org.salestrack.model.Message> errorProperty() { return error.getReadOnlyProperty(); }

    /** The trend's grain; null picks one from the range length. */
    public ObjectProperty<Grain> grainProperty() { return grain; }

    public ObjectProperty<MapMode> mapModeProperty() { return mapMode; }

    public void reload() {
        Slice slice = state.slice();
        Grain g = grain.get() != null ? grain.get() : DatePreset.grainFor(slice.days());
        java.time.LocalDate firstDay = state.firstDay();
        loading.set(true);
        request.submit(() -> DashboardData.load(explore, slice, g, firstDay, requests.queries()), d -> {
            error.set(null);
            data.set(d);
            loading.set(false);
        }, e -> {
            error.set(org.salestrack.ui.Failures.of(e));
            loading.set(false);
        });
        if (marketing != null) {
            campaignRequest.submit(() -> marketing.campaignsOn(slice), campaigns::set,
                    e -> error.set(org.salestrack.ui.Failures.of(e)));
        }
        if (market != null) {
            shareRequest.submit(() -> market.shares(slice), s -> {
                // the total first: the map's note names the reason of the total when no province has a share
                share.set(s.total());
                provinceShares.set(s.provinces());
            },
                    e -> error.set(org.salestrack.ui.Failures.of(e)));
        }
    }

    /**
     * A click on a tile, bar or row: narrows to the member, or with ctrl (cmd) held adds it to (or takes it
     * out of) the members kept.
     */
    public void click(Dimension dim, String key, String label, boolean add) {
        if (add) state.toggle(dim, key, label); else state.drill(dim, key, label);
    }

    /** "Keep only": the same as a plain click. */
    public void keepOnly(Dimension dim, String key, String label) { state.drill(dim, key, label); }

    public void exclude(Dimension dim, String key, String label) { state.exclude(dim, key, label); }

    public void selectProvince(String code, String name) { state.drill(Dimension.PROVINCE, code, name); }

    public void selectChannel(String key, String label) { state.drill(Dimension.CHANNEL, key, label); }

    public void selectSku(String key, String label) { state.drill(Dimension.SKU, key, label); }

    public void selectStore(String key, String label) { state.drill(Dimension.STORE, key, label); }

    public void close() {
        state.sliceProperty().removeListener(onChange);
        grain.removeListener(onChange);
        request.cancel();
        shareRequest.cancel();
        campaignRequest.cancel();
    }
}
