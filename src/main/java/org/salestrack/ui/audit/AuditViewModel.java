package org.salestrack.ui.audit;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.salestrack.analytics.audit.AuditService;
import org.salestrack.model.AuditEntry;
import org.salestrack.model.AuditFilter;
import org.salestrack.model.AuditVerdict;
import org.salestrack.report.CsvExport;
import org.salestrack.report.TableColumn;
import org.salestrack.task.BackgroundTask;
import org.salestrack.task.TaskExecutor;
import org.salestrack.ui.DialogService;
import org.salestrack.ui.Failures;
import org.salestrack.ui.I18n;
import org.salestrack.ui.RequestScheduler;
import org.salestrack.ui.ScreenLoad;

/**
 * The Audit screen's state: the entries passing the filters (action, user, days), newest first, reloaded when
 * a filter changes; the chain's verdict; and the CSV export of what is shown (itself audited). Its dialogs, strings,
 * scheduling and executors are given, so the export is tested without a window.
 */
public final class AuditViewModel {
    /** Enough for any screenful; the CLI lists more. */
    static final int LIMIT = 5000;

    private final AuditService service;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final I18n i18n;
    private final ScreenLoad load;
    private final ObservableList<AuditEntry> entries = FXCollections.observableArrayList();
    private final ObservableList<String> actions = FXCollections.observableArrayList();
    private final ObservableList<String> users = FXCollections.observableArrayList();
    private final ObjectProperty<String> action = new SimpleObjectProperty<>();
    private final ObjectProperty<String> who = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<AuditVerdict> verdict = new ReadOnlyObjectWrapper<>();
    private final InvalidationListener onFilter = o -> reload();

    private record Loaded(List<AuditEntry> entries, List<String> actions, List<String> users) {}

    public AuditViewModel(AuditService service, RequestScheduler requests, TaskExecutor queries, TaskExecutor tasks, DialogService dialogs,
                          I18n i18n) {
        this.service = service;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.i18n = i18n;
        this.load = new ScreenLoad(requests, queries);
        for (ObjectProperty<?> p : List.of(action, who, from, to)) p.addListener(onFilter);
    }

    public ObservableList<AuditEntry> entries() { return entries; }

    public ObservableList<String> actions() { return actions; }

    public ObservableList<String> users() { return users; }

    /** null: every action. */
    public ObjectProperty<String> actionProperty() { return action; }

    /** null: every user. */
    public ObjectProperty<String> whoProperty() { return who; }

    public ObjectProperty<LocalDate> fromProperty() { return from; }

    public ObjectProperty<LocalDate> toProperty() { return to; }

    public ReadOnlyObjectProperty<AuditVerdict> verdictProperty() { return verdict.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty busyProperty() { return load.busyProperty(); }

    public ReadOnlyObjectProperty<Throwable> errorProperty() { return load.errorProperty(); }

    AuditFilter filter() { return new AuditFilter(action.get(), who.get(), from.get(), to.get(), null); }

    /** Loads the entries for the filters, and checks the chain (both off the FX thread). */
    public void reload() {
        AuditFilter f = filter();
        load.run("audit", () -> new Loaded(service.entries(f, LIMIT), service.actions(), service.users()), l -> {
            entries.setAll(l.entries);
            syncChoices(actions, l.actions);
            syncChoices(users, l.users);
        });
        verify();
    }

    /** Leaves a list alone when nothing changed, so an open combo box is not reset under the user. */
    private static void syncChoices(ObservableList<String> list, List<String> now) {
        if (!list.equals(now)) list.setAll(now);
    }

    public void verify() {
        tasks.execute(new BackgroundTask<AuditVerdict>("audit-verify") {
            @Override
            public AuditVerdict call() { return service.verify(); }
        }, verdict::set, load::fail);
    }

    /**
     * Asks where to write the shown entries, writes them there as CSV under the table's headings, records the export
     * (which the list then shows) and says where they went; nothing when the choice is cancelled.
     */
    public void export() {
        dialogs.chooseSaveFile(i18n.get("audit.export.title"), "audit-log.csv").ifPresent(out -> {
            List<TableColumn> cols = List.of(TableColumn.of(i18n.get("audit.col.id"), TableColumn.Type.INTEGER),
                    TableColumn.text(i18n.get("audit.col.at")), TableColumn.text(i18n.get("audit.col.who")),
                    TableColumn.text(i18n.get("audit.col.version")), TableColumn.text(i18n.get("audit.col.action")),
                    TableColumn.text(i18n.get("audit.col.subject")), TableColumn.text(i18n.get("audit.col.detail")),
                    TableColumn.text(i18n.get("audit.col.hash")));
            export(out, cols, i18n.get("audit.export.task", out.getFileName()),
                    p -> dialogs.showInfo(i18n.get("audit.exported.title"), i18n.get("audit.exported", p)),
                    e -> dialogs.showError(i18n.get("export.failed.title"), i18n.get("export.failed", out, Failures.text(i18n, e))));
        });
    }

    /** Writes the shown entries to {@code out} as CSV, then records the export (which the list then shows). */
    private void export(Path out, List<TableColumn> columns, String taskTitle, Consumer<Path> written, Consumer<Throwable> failed) {
        List<List<Object>> rows = entries.stream().map(AuditViewModel::row).toList();
        String what = "audit log, " + rows.size() + " entries" + (filter().equals(AuditFilter.ALL) ? "" : ", filtered " + describe(filter()));
        tasks.execute(new BackgroundTask<Path>(taskTitle) {
            @Override
            public Path call() throws Exception {
                CsvExport.write(columns, rows, out, cancellation());
                service.exported(out, what);
                return out;
            }
        }, p -> {
            written.accept(p);
            reload();
        }, failed);
    }

    private static String describe(AuditFilter f) {
        StringBuilder b = new StringBuilder();
        if (f.action() != null) b.append("action=").append(f.action()).append(' ');
        if (f.who() != null) b.append("who=").append(f.who()).append(' ');
        if (f.from() != null) b.append("from=").append(f.from()).append(' ');
        if (f.to() != null) b.append("to=").append(f.to()).append(' ');
        return b.toString().trim();
    }

    static List<Object> row(AuditEntry e) {
        return java.util.Arrays.asList(e.id(), e.at(), e.who(), e.version(), e.action(), e.subject(), e.detail(), e.hash());
    }

    public void close() {
        for (ObjectProperty<?> p : List.of(action, who, from, to)) p.removeListener(onFilter);
        load.cancel();
    }
}
