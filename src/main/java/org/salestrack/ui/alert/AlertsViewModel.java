package org.salestrack.ui.alert;

import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.salestrack.analytics.alert.AlertService;
import org.salestrack.model.Alert;
import org.salestrack.model.alert.AlertEvent;
import org.salestrack.model.alert.AlertStatus;
import org.salestrack.task.BackgroundTask;
import org.salestrack.task.TaskExecutor;
import org.salestrack.ui.RequestScheduler;
import org.salestrack.ui.ScreenLoad;

/**
 * The alert centre's state: every alert (loaded in the background), the filters (status, where "open" is
 * every status but resolved; severity; rule; owner), the selected alert with its history, and the
 * actions on it (assign, comment, move its status), each written off the FX thread and then reloaded.
 */
public final class AlertsViewModel {
    /** The status filter's choices besides the statuses themselves. */
    public static final String OPEN = "open";
    public static final String ALL = "all";
    /** The severity, rule and owner filters' "any". */
    public static final String ANY = "*";
    private static final List<String> SEVERITIES = List.of("error", "warning", "info");

    private final AlertService service;
    private final TaskExecutor tasks;
    private final ScreenLoad loads;
    private final ObservableList<Alert> all = FXCollections.observableArrayList();
    private final FilteredList<Alert> shown = new FilteredList<>(all);
    private final ObservableList<String> owners = FXCollections.observableArrayList();
    private final ObservableList<AlertEvent> history = FXCollections.observableArrayList();
    private final ObjectProperty<String> status = new SimpleObjectProperty<>(OPEN);
    private final ObjectProperty<String> severity = new SimpleObjectProperty<>(ANY);
    private final ObjectProperty<String> rule = new SimpleObjectProperty<>(ANY);
    private final ObjectProperty<String> owner = new SimpleObjectProperty<>(ANY);
    private final ObjectProperty<Alert> selected = new SimpleObjectProperty<>();

    public AlertsViewModel(AlertService service, RequestScheduler requests, TaskExecutor tasks) {
        this.service = service;
        this.tasks = tasks;
        this.loads = new ScreenLoad(requests, tasks);
        javafx.beans.InvalidationListener refilter = o -> shown.setPredicate(this::keeps);
        status.addListener(refilter);
        severity.addListener(refilter);
        rule.addListener(refilter);
        owner.addListener(refilter);
        shown.setPredicate(this::keeps);
        selected.addListener((o, a, b) -> loadHistory());
    }

    boolean keeps(Alert a) {
        String s = status.get();
        if (OPEN.equals(s) && !a.state().open()) return false;
        if (s != null && !OPEN.equals(s) && !ALL.equals(s) && !a.state().id().equals(s)) return false;
        if (!any(severity.get()) && !severity.get().equals(a.severity())) return false;
        if (!any(rule.get()) && !rule.get().equals(a.kind())) return false;
        return any(owner.get()) || owner.get().equals(a.owner());
    }

    private static boolean any(String v) { return v == null || ANY.equals(v);
    }

    /** {@link #ANY}: every severity. */
    public ObjectProperty<String> severityProperty() { return severity; }

    /** open, all, or a status id. */
    public ObjectProperty<String> statusProperty() { return status; }

    /** A rule id; {@link #ANY}: every rule. */
    public ObjectProperty<String> ruleProperty() { return rule; }

    /** An owner's name; {@link #ANY}: anyone's and nobody's. */
    public ObjectProperty<String> ownerProperty() { return owner; }

    public ObjectProperty<Alert> selectedProperty() { return selected; }

    public ObservableList<Alert> shown() { return shown; }

    public ObservableList<String> owners() { return owners; }

    public ObservableList<AlertEvent> history() { return history; }

    public ReadOnlyBooleanProperty busyProperty() { return loads.busyProperty(); }

    public ReadOnlyObjectProperty<Throwable> errorProperty() { return loads.errorProperty(); }

    /** Loads every alert; the selection is kept by id. */
    public void reload() {
        loads.run("alerts", () -> service.list(null), this::show);
    }

    private void show(List<Alert> list) {
        Long keep = selected.get() == null ? null : selected.get().id();
        // errors first, then warnings, then information; newest first within each
        List<Alert> sorted = new java.util.ArrayList<>(list);
        sorted.sort(java.util.Comparator.comparingInt((Alert a) -> SEVERITIES.indexOf(a.severity())).thenComparing(Alert::id,
                java.util.Comparator.reverseOrder()));
        all.setAll(sorted);
        TreeSet<String> names = new TreeSet<>();
        for (Alert a : list) if (a.owner() != null) names.add(a.owner());
        if (!names.equals(new TreeSet<>(owners))) owners.setAll(names);
        Alert again = keep == null ? null : list.stream().filter(a -> a.id() == keep).findFirst().orElse(null);
        if (!Objects.equals(again, selected.get())) selected.set(again);
        else loadHistory();
    }

    private void loadHistory() {
        Alert a = selected.get();
        if (a == null) {
            history.clear();
            return;
        }
        tasks.execute(new BackgroundTask<List<AlertEvent>>("alert history") {
            @Override
            public List<AlertEvent> call() { return service.history(a.id()); }
        }, h -> {
            if (selected.get() != null && selected.get().id() == a.id()) history.setAll(h);
        }, loads::fail);
    }

    public void assign(String name) { act(id -> service.assign(id, name)); }

    public void comment(String text) {
        if (text == null || text.isBlank()) return;
        act(id -> service.comment(id, text));
    }

    public void setStatus(AlertStatus s) { act(id -> service.setStatus(id, s)); }

    private void act(java.util.function.LongConsumer change) {
        Alert a = selected.get();
        if (a == null) return;
        tasks.execute(new BackgroundTask<Void>("alert") {
            @Override
            public Void call() {
                change.accept(a.id());
                return null;
            }
        }, v -> reload(), loads::fail);
    }
}
