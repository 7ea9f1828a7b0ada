package org.salestrack.ui.customer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.salestrack.analytics.customer.CustomerAnalysis;
import org.salestrack.analytics.customer.CustomerBase;
import org.salestrack.analytics.customer.CustomerService;
import org.salestrack.analytics.customer.RepeatSummaries;
import org.salestrack.model.cube.Slice;
import org.salestrack.model.customer.CustomerDay;
import org.salestrack.model.customer.CustomerProfile;
import org.salestrack.model.customer.CustomerRules;
import org.salestrack.task.BackgroundTask;
import org.salestrack.task.TaskExecutor;
import org.salestrack.task.Cancellation;
import org.salestrack.ui.DialogService;
import org.salestrack.ui.Failures;
import org.salestrack.ui.I18n;
import org.salestrack.ui.RequestScheduler;
import org.salestrack.ui.ScreenLoad;
import org.salestrack.ui.StateManager;

/**
 * The Customers screen's state: the analysis as of a date under the global region, channel and product
 * filters (recomputed in the background when they change, the superseded run cancelled), the RFM cell
 * the user picked, the customer whose history is shown, and the lifetime value fitted on demand. Its dialogs and
 * strings are given, so the cut points asked are tested without a window.
 */
public final class CustomersViewModel implements org.salestrack.ui.ScreenModel {
    private final CustomerService service;
    private final StateManager state;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final I18n i18n;
    private final ObjectProperty<LocalDate> asOf = new SimpleObjectProperty<>();
    private final IntegerProperty churnMonths = new SimpleIntegerProperty(CustomerRules.DEFAULTS.churnMonths());
    private final BooleanProperty colourBySpend = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<CustomerService.Analysis> analysis = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<CustomerService.Clv> clv = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<int[]> cell = new ReadOnlyObjectWrapper<>();
    private final ObservableList<CustomerProfile> listed = FXCollections.observableArrayList();
    private final ObservableList<CustomerProfile> winBack = FXCollections.observableArrayList();
    private final ObservableList<CustomerProfile> highValue = FXCollections.observableArrayList();
    private final ObservableList<CustomerDay> history = FXCollections.observableArrayList();
    private final ObjectProperty<org.salestrack.analytics.customer.Rfm.Cuts> cuts = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> compareWith = new SimpleObjectProperty<>();
    private final ObservableList<MigrationRow> migration = FXCollections.observableArrayList();
    private final InvalidationListener onFilters = o -> reload();
    private final ScreenLoad loads;

    public CustomersViewModel(CustomerService service, StateManager state, RequestScheduler requests, TaskExecutor tasks, DialogService dialogs,
                              I18n i18n) {
        this.service = service;
        this.state = state;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.i18n = i18n;
        this.loads = new ScreenLoad(requests, tasks);
        state.sliceProperty().addListener(onFilters);
        churnMonths.addListener(onFilters);
        asOf.addListener(onFilters);
        cuts.addListener(onFilters);
        compareWith.addListener(onFilters);
    }

    /** Customers who were in one segment on the compared day and are in another (or the same) now. */
    public record MigrationRow(org.salestrack.model.customer.RfmSegment from, org.salestrack.model.customer.RfmSegment to, long customers) {}

    private record Loaded(CustomerService.Analysis analysis, List<MigrationRow> migration) {}

    /** The user's RFM cut points; null for quintiles of the customers. */
    public ObjectProperty<org.salestrack.analytics.customer.Rfm.Cuts> cutsProperty() { return cuts; }

    /**
     * Asks the RFM cut points as text, the ones in use (or the analysis' quintiles) filled in: empty goes back to
     * quintiles; a text that cannot be read is said, and the cut points stay as they were.
     */
    public void askCuts() {
        org.salestrack.analytics.customer.Rfm.Cuts current = cuts.get();
        CustomerService.Analysis a = analysis.get();
        String initial = current != null ? current.text() : a != null ? a.base().rfm().cuts().text() : "";
        dialogs.askText(i18n.get("customers.cuts.title"), i18n.get("customers.cuts.prompt"), initial).ifPresent(text -> {
            if (text.isBlank()) {
                cuts.set(null);
                return;
            }
            try {
                cuts.set(org.salestrack.analytics.customer.Rfm.Cuts.parse(text));
            } catch (IllegalArgumentException e) {
                dialogs.showError(i18n.get("customers.cuts.title"), i18n.get("customers.cuts.bad", Failures.text(i18n, e)));
            }
        });
    }

    /** An earlier day to compare segments with; null for none. */
    public ObjectProperty<LocalDate> compareWithProperty() { return compareWith; }

    public ObservableList<MigrationRow> migration() { return migration; }

    public ObjectProperty<LocalDate> asOfProperty() { return asOf; }

    public IntegerProperty churnMonthsProperty() { return churnMonths; }

    public BooleanProperty colourBySpendProperty() { return colourBySpend; }

    public ReadOnlyObjectProperty<CustomerService.Analysis> analysisProperty() { return analysis.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<CustomerService.Clv> clvProperty() { return clv.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty busyProperty() { return loads.busyProperty(); }

    public ReadOnlyObjectProperty<Throwable> errorProperty() { return loads.errorProperty(); }

    /** The RFM cell picked, as {r, f}, or null. */
    public ReadOnlyObjectProperty<int[]> cellProperty() { return cell.getReadOnlyProperty(); }

    /** The customers of the picked cell (all customers when none is picked), most valuable first. */
    public ObservableList<CustomerProfile> listed() { return listed; }

    public ObservableList<CustomerProfile> winBack() { return winBack; }

    public ObservableList<CustomerProfile> highValue() { return highValue; }

    public ObservableList<CustomerDay> history() { return history; }

    /** Starts the first analysis as of the last day with a customer's purchase. */
    @Override
    public void start() {
        loads.run("customers", () -> service.lastDay().orElse(null), d -> {
            if (d == null) analysis.set(null); else if (d.equals(asOf.get())) reload(); else asOf.set(d);
        });
    }

    public void reload() {
        LocalDate day = asOf.get();
        if (day == null) return;
        Slice filter = state.slice();
        CustomerRules d = CustomerRules.DEFAULTS;
        CustomerRules rules = new CustomerRules(churnMonths.get(), d.phoneCategory(), d.highValuePhonePurchases(), d.rollingDays(),
                d.highValuePurchaseE4(), d.ecosystemCategories());
        org.salestrack.analytics.customer.Rfm.Cuts userCuts = cuts.get();
        LocalDate then = compareWith.get();
        loads.run("customers", () -> {
            Cancellation cancel = Cancellation.current();
            CustomerService.Analysis now = service.analyse(day, filter, rules, userCuts, cancel);
            List<MigrationRow> moved = new ArrayList<>();
            if (then != null && then.isBefore(day)) {
                CustomerBase before = service.analyse(then, filter, rules, userCuts, cancel).base();
                CustomerAnalysis.migration(before, now.base()).forEach((from, to) -> to.forEach((seg, n) -> moved.add(new MigrationRow(from, seg, n))));
                moved.sort(java.util.Comparator.comparingLong(MigrationRow::customers).reversed());
            }
            return new Loaded(now, moved);
        }, r -> {
            CustomerService.Analysis a = r.analysis();
            migration.setAll(r.migration());
            analysis.set(a);
            clv.set(null);
            winBack.setAll(CustomerAnalysis.winBack(a.base()));
            List<CustomerProfile> high = new ArrayList<>();
            for (int i = 0; i < a.base().customers().size(); i++) if (a.base().highValue()[i]) high.add(a.base().customers().get(i));
            high.sort(java.util.Comparator.comparingLong(CustomerProfile::spendE4).reversed());
            highValue.setAll(high);
            selectCell(cell.get());
        });
    }

    /** Lists the customers of one R x F cell ({r, f}, 1-5), or every customer for null. */
    public void selectCell(int[] rf) {
        cell.set(rf);
        CustomerService.Analysis a = analysis.get();
        if (a == null) {
            listed.clear();
            return;
        }
        CustomerBase b = a.base();
        List<CustomerProfile> out = new ArrayList<>();
        for (int i = 0; i < b.customers().size(); i++) {
            if (rf == null || (b.rfm().r()[i] == rf[0] && b.rfm().f()[i] == rf[1])) out.add(b.customers().get(i));
        }
        out.sort(java.util.Comparator.comparingLong(CustomerProfile::spendE4).reversed().thenComparing(CustomerProfile::customer));
        listed.setAll(out);
    }

    /** Loads one customer's purchases (pseudonymous: only the keyed id is known) for the history table. */
    public void showHistory(CustomerProfile p) {
        if (p == null) {
            history.clear();
            return;
        }
        LocalDate day = asOf.get();
        Slice filter = state.slice();
        tasks.execute(new BackgroundTask<List<CustomerDay>>("customer-history") {
            @Override
            public List<CustomerDay> call() { return service.history(p.customer(), day, filter); }
        }, history::setAll, loads::fail);
    }

    /** Fits BG/NBD and Gamma-Gamma on the purchases up to the as-of date; values over 52 weeks at 10% a year. */
    public void fitLifetimeValue() {
        LocalDate day = asOf.get();
        if (day == null) return;
        Slice filter = state.slice();
        loads.run("customer-value",
                () -> service.clv(day, RepeatSummaries.Unit.WEEK, 52, Math.pow(1.10, 7 / 365.0) - 1, filter, Cancellation.current()), clv::set);
    }

    public void cancel() {
        loads.cancel();
    }

    @Override
    public void close() {
        state.sliceProperty().removeListener(onFilters);
        churnMonths.removeListener(onFilters);
        asOf.removeListener(onFilters);
        cuts.removeListener(onFilters);
        compareWith.removeListener(onFilters);
        cancel();
    }

}
