package org.salestrack.ui.dealer;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.salestrack.analytics.dealer.DealerBoards;
import org.salestrack.analytics.dealer.DealerService;
import org.salestrack.analytics.dealer.WhatIf;
import org.salestrack.model.cube.Grain;
import org.salestrack.model.dealer.DealerBalance;
import org.salestrack.model.dealer.DealerBoard;
import org.salestrack.model.dealer.DealerFacts;
import org.salestrack.model.dealer.DealerPeriod;
import org.salestrack.model.dealer.DealerRow;
import org.salestrack.model.dealer.GradeRules;
import org.salestrack.task.BackgroundTask;
import org.salestrack.task.TaskExecutor;
import org.salestrack.ui.RequestScheduler;
import org.salestrack.ui.ScreenLoad;
import org.salestrack.ui.StateManager;

/**
 * The Dealers screen's state: the ranking for the period of the chosen grain (month, quarter, year) that
 * holds the global filter's end (or the last month with dealer figures, when the filter ends later), the
 * selected dealer with its balance, a what-if on it, and the grade rules (saved, audited, then regraded).
 * Loads run in the background, latest request wins.
 */
public final class DealersViewModel implements org.salestrack.ui.ScreenModel {
    private final DealerService service;
    private final StateManager state;
    private final TaskExecutor tasks;
    private final ObjectProperty<Grain> grain = new SimpleObjectProperty<>(Grain.QUARTER);
    private final ReadOnlyObjectWrapper<DealerBoard> board = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<GradeRules> rules = new ReadOnlyObjectWrapper<>();
    private final ObservableList<DealerRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<DealerRow> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<DealerBalance> balance = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<WhatIf> whatIf = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<DealerRow> whatIfRow = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<String> province = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<java.util.Map<String, org.salestrack.model.dealer.ProvinceDealers>> provinces =
            new ReadOnlyObjectWrapper<>(java.util.Map.of());
    private final InvalidationListener onFilters = o -> reload();
    private final ScreenLoad loads;

    public DealersViewModel(DealerService service, StateManager state, RequestScheduler requests, TaskExecutor tasks) {
        this.service = service;
        this.state = state;
        this.tasks = tasks;
        this.loads = new ScreenLoad(requests, tasks);
        state.sliceProperty().addListener(onFilters);
        grain.addListener(onFilters);
        whatIf.addListener(o -> showWhatIf());
        province.addListener(o -> showRows());
    }

    /** The registered province whose dealers the ranking keeps (a tile click), or null for all. */
    public ObjectProperty<String> provinceProperty() { return province; }

    /** The period's dealers summed by registered province, whatever the province filter. */
    public ReadOnlyObjectProperty<java.util.Map<String, org.salestrack.model.dealer.ProvinceDealers>> provincesProperty() {
        return provinces.getReadOnlyProperty();
    }

    /** A tile click: ranks only that province's dealers, or all again when it was the one shown. */
    public void clickProvince(String code) { province.set(code == null || code.equals(province.get()) ? null : code); }

    private void showRows() {
        DealerBoard b = board.get();
        String keep = selected.get() == null ? null : selected.get().code();
        rows.setAll(b == null ? java.util.List.of() : org.salestrack.analytics.dealer.DealerProvinces.in(b.rows(), province.get()));
        select(rows.stream().filter(r -> r.code().equals(keep)).findFirst().orElse(null));
    }

    public ObjectProperty<Grain> grainProperty() { return grain; }

    public ReadOnlyObjectProperty<DealerBoard> boardProperty() { return board.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<GradeRules> rulesProperty() { return rules.getReadOnlyProperty(); }

    /** The ranking, by sales; the table sorts its own view of it. */
    public ObservableList<DealerRow> rows() { return rows; }

    public ReadOnlyObjectProperty<DealerRow> selectedProperty() { return selected.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<DealerBalance> balanceProperty() { return balance.getReadOnlyProperty(); }

    /** The question asked of the selected dealer; null for none. */
    public ObjectProperty<WhatIf> whatIfProperty() { return whatIf; }

    /** The selected dealer as the what-if would make it: its grade, rebate and figures. */
    public ReadOnlyObjectProperty<DealerRow> whatIfRowProperty() { return whatIfRow.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty busyProperty() { return loads.busyProperty(); }

    public ReadOnlyObjectProperty<Throwable> errorProperty() { return loads.errorProperty(); }

    /**
     * What a load computes (also timed by bench/query): the board of the period of {@code g} holding {@code end},
     * or the last month with dealer figures when {@code end} is later; null without dealer figures.
     */
    public static DealerBoard board(DealerService service, GradeRules r, Grain g, LocalDate end) {
        DealerFacts f = service.facts();
        YearMonth last = f.lastMonth();
        if (last == null) return null;
        YearMonth m = YearMonth.from(end).isAfter(last) ? last : YearMonth.from(end);
        return service.board(new DealerPeriod(g, g.key(m.atDay(1))), r);
    }

    @Override
    public void start() {
        reload();
    }

    private record Loaded(GradeRules rules, DealerBoard board) {}

    public void reload() {
        Grain g = grain.get();
        LocalDate end = state.slice().to();
        loads.run("dealers", () -> {
            GradeRules r = service.rules();
            return new Loaded(r, board(service, r, g, end));
        }, l -> {
            rules.set(l.rules());
            board.set(l.board());
            provinces.set(l.board() == null ? java.util.Map.of() : org.salestrack.analytics.dealer.DealerProvinces.of(l.board().rows()));
            showRows();
        });
    }

    /** Shows a dealer's scorecard and loads its balance. */
    public void select(DealerRow row) {
        selected.set(row);
        showWhatIf();
        if (row == null) {
            balance.set(null);
            return;
        }
        String code = row.code();
        tasks.execute(new BackgroundTask<DealerBalance>("dealers") {
            @Override
            public DealerBalance call() { return service.balance(code); }
        }, b -> {
            if (selected.get() != null && selected.get().code().equals(b.dealer())) balance.set(b);
        }, loads::fail);
    }

    private void showWhatIf() {
        DealerRow s = selected.get();
        GradeRules r = rules.get();
        whatIfRow.set(s == null || whatIf.get() == null || r == null ? null : DealerBoards.whatIf(s, whatIf.get(), r));
    }

    /** Filters the whole workbench by the selected dealer, as a click on any other member does. */
    public void filterBySelected() {
        DealerRow s = selected.get();
        if (s == null) return;
        String code = s.code();
        String label = code + " " + s.card().dealer().name();
        tasks.execute(new BackgroundTask<java.util.Optional<String>>("dealers") {
            @Override
            public java.util.Optional<String> call() { return service.memberKey(code); }
        }, key -> key.ifPresent(k -> state.drill(org.salestrack.model.Dimension.DEALER, k, label)), loads::fail);
    }

    /** Saves the rules (audited) and regrades every dealer under them. */
    public void saveRules(GradeRules r) {
        loads.run("dealers", () -> {
            service.saveRules(r);
            return null;
        }, v -> reload());
    }

    @Override
    public void close() {
        state.sliceProperty().removeListener(onFilters);
        grain.removeListener(onFilters);
        loads.cancel();
    }

}
