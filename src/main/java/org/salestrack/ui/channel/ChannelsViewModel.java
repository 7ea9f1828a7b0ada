package org.salestrack.ui.channel;

import java.util.Set;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.salestrack.analytics.channel.ChannelService;
import org.salestrack.model.Dimension;
import org.salestrack.model.channel.ChannelBoard;
import org.salestrack.model.channel.ChannelRow;
import org.salestrack.model.channel.CustomerMix;
import org.salestrack.model.cube.Slice;
import org.salestrack.task.TaskExecutor;
import org.salestrack.task.Cancellation;
import org.salestrack.ui.RequestScheduler;
import org.salestrack.ui.ScreenLoad;
import org.salestrack.ui.StateManager;

/**
 * The Channels screen's state: the channel comparison of the global filters' slice (from the cube, quick)
 * and its customer side (from the lines, slower), loaded apart so the figures show while the customers are
 * still read; each load latest-request-wins. A click on a channel or a type filters the workbench.
 */
public final class ChannelsViewModel implements org.salestrack.ui.ScreenModel {
    /** the status bar names the loads by the bundle key "task.channels" */
    static final String TASK = "channels";
    private final ChannelService service;
    private final StateManager state;
    private final ReadOnlyObjectWrapper<ChannelBoard> board = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<CustomerMix> mix = new ReadOnlyObjectWrapper<>();
    private final ScreenLoad boardLoads;
    private final ScreenLoad mixLoads;
    private final BooleanBinding busy;
    private final ReadOnlyObjectWrapper<Slice> filters = new ReadOnlyObjectWrapper<>();
    private Slice loaded;
    private final InvalidationListener onFilters = o -> reload();

    public ChannelsViewModel(ChannelService service, StateManager state, RequestScheduler requests, TaskExecutor tasks) {
        this.service = service;
        this.state = state;
        this.boardLoads = new ScreenLoad(requests, tasks);
        this.mixLoads = new ScreenLoad(requests, tasks);
        this.busy = boardLoads.busyProperty().or(mixLoads.busyProperty());
        state.sliceProperty().addListener(onFilters);
    }

    public ReadOnlyObjectProperty<ChannelBoard> boardProperty() { return board.getReadOnlyProperty(); }

    /** null while the lines are read. */
    public ReadOnlyObjectProperty<CustomerMix> mixProperty() { return mix.getReadOnlyProperty(); }

    public BooleanBinding busy() { return busy; }

    /** The first failure of either load, or null. */
    public javafx.beans.binding.ObjectBinding<Throwable> error() {
        return Bindings.createObjectBinding(() -> boardLoads.errorProperty().get() != null ? boardLoads.errorProperty().get()
                : mixLoads.errorProperty().get(), boardLoads.errorProperty(), mixLoads.errorProperty());
    }

    @Override
    public void start() { reload(); }

    /** The global filters last seen: a channel filter changes what is marked, not what is loaded. */
    public ReadOnlyObjectProperty<Slice> filtersProperty() { return filters.getReadOnlyProperty(); }

    public void reload() {
        Slice slice = state.slice();
        filters.set(slice);
        Slice compared = ChannelService.compared(slice);
        if (compared.equals(loaded)) return;
        loaded = compared;
        boardLoads.run(TASK, () -> service.board(slice), board::set);
        mix.set(null);
        mixLoads.run(TASK, () -> service.customers(slice, Cancellation.current()), mix::set);
    }

    /** The channels the global filter keeps: marked in the table. */
    public Set<String> keptChannels() { return state.slice().keys(Dimension.CHANNEL); }

    public Set<String> keptTypes() { return state.slice().keys(Dimension.CHANNEL_TYPE); }

    /** A click on a channel filters every other screen to it; with ctrl it adds it to (or takes it from) the channels kept. */
    public void clickChannel(ChannelRow row, String label, boolean add) {
        if (add) state.toggle(Dimension.CHANNEL, row.key(), label); else state.drill(Dimension.CHANNEL, row.key(), label);
    }

    /** A click on online or offline filters every other screen to that type. */
    public void clickType(ChannelRow row, String label) { state.drill(Dimension.CHANNEL_TYPE, row.key(), label); }

    @Override
    public void close() {
        state.sliceProperty().removeListener(onFilters);
        boardLoads.cancel();
        mixLoads.cancel();
    }
}
