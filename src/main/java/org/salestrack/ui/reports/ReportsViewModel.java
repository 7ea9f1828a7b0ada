package org.salestrack.ui.reports;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.salestrack.model.Message;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.salestrack.analytics.workbook.SalesWorkbookBuilder;
import org.salestrack.model.DataAsOf;
import org.salestrack.model.report.ReportRequest;
import org.salestrack.model.report.ReportSection;
import org.salestrack.task.BackgroundTask;
import org.salestrack.task.TaskExecutor;

/**
 * The Reports screen without its nodes: period, sections and language chosen, the monthly workbook built in
 * the background (progress and Cancel in the status bar) through the same builder as the {@code report}
 * command, and the written file offered to open.
 */
public final class ReportsViewModel {
    private final SalesWorkbookBuilder builder;
    private final TaskExecutor tasks;
    private final ObservableList<YearMonth> months = FXCollections.observableArrayList();
    private final ObjectProperty<YearMonth> period = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<DataAsOf> asOf = new ReadOnlyObjectWrapper<>();
    private final Set<ReportSection> available;
    private final ObservableSet<ReportSection> sections;
    private final ObjectProperty<Locale> language = new SimpleObjectProperty<>(Locale.ENGLISH);
    private final ReadOnlyObjectWrapper<Path> written = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Message> message = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Message> detailNote = new ReadOnlyObjectWrapper<>();
    private final long detailUpTo;
    private BackgroundTask<Path> running;

    public ReportsViewModel(SalesWorkbookBuilder builder, TaskExecutor tasks, Locale uiLocale) {
        this(builder, tasks, uiLocale, SalesWorkbookBuilder.DETAIL_BY_DEFAULT_UP_TO);
    }

    /** @param detailUpTo above this many lines in the chosen month the Detail section is unticked, saying so */
    ReportsViewModel(SalesWorkbookBuilder builder, TaskExecutor tasks, Locale uiLocale, long detailUpTo) {
        this.builder = builder;
        this.detailUpTo = detailUpTo;
        this.tasks = tasks;
        this.available = Set.copyOf(EnumSet.copyOf(builder.sections()));
        this.sections = FXCollections.observableSet(EnumSet.copyOf(available));
        language.set(uiLocale.getLanguage().equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
        period.addListener((o, was, m) -> checkDetail(m));
    }

    /**
     * Counts the month's lines (a rollup read, in the background) and, above {@link #detailUpTo}, unticks the Detail
     * section and says why; a month at or under it leaves the sections as they are.
     */
    private void checkDetail(YearMonth month) {
        detailNote.set(null);
        if (month == null || !available.contains(ReportSection.DETAIL)) return;
        tasks.execute(new BackgroundTask<Long>("") {
            @Override
            public Long call() { return builder.detailLines(month); }
        }, lines -> {
            if (!month.equals(period.get()) || lines <= detailUpTo) return;
            sections.remove(ReportSection.DETAIL);
            detailNote.set(Message.of("reports.detail.off", month.toString(), lines, detailUpTo));
        }, this::failed);
    }

    private record Months(List<YearMonth> all, DataAsOf asOf) {}

    /** Loads the months with sales; the last complete one is chosen (a partial latest month stays listed, marked). */
    public void loadMonths() {
        tasks.execute(new BackgroundTask<Months>("") {
            @Override
            public Months call() { return new Months(builder.months(), builder.asOf().orElse(null)); }
        }, loaded -> {
            List<YearMonth> list = loaded.all();
            asOf.set(loaded.asOf());
            months.setAll(list);
            if (period.get() == null || !list.contains(period.get())) {
                period.set(SalesWorkbookBuilder.defaultMonth(list, java.util.Optional.ofNullable(loaded.asOf())).orElse(null));
            }
            message.set(list.isEmpty() ? Message.of("reports.no.sales") : null);
        }, this::failed);
    }

    /** Builds the workbook into {@code out}; {@code title} names the task in the status bar. */
    public void build(Path out, String title) {
        if (busy.get() || sections.isEmpty()) {
            if (sections.isEmpty()) message.set(Message.of("reports.no.sections"));
            return;
        }
        ReportRequest request = new ReportRequest(period.get(), Set.copyOf(sections));
        Locale locale = language.get();
        written.set(null);
        busy.set(true);
        message.set(Message.of("reports.building"));
        running = new BackgroundTask<>(title) {
            @Override
            public Path call() throws Exception {
                builder.build(request, locale, out, progress(), cancellation());
                return out;
            }
        };
        tasks.execute(running, p -> {
            busy.set(false);
            running = null;
            written.set(p);
            message.set(Message.of("reports.written", p));
        }, this::failed);
    }

    public void cancel() {
        if (running != null) running.cancel();
    }

    private void failed(Throwable e) {
        busy.set(false);
        running = null;
        if (e instanceof java.util.concurrent.CancellationException) {
            message.set(Message.of("reports.cancelled"));
            return;
        }
        message.set(Message.of("reports.failed", org.salestrack.ui.Failures.of(e)));
    }

    public ObservableList<YearMonth> months() { return months; }

    /** The data's as-of date, to mark the month it cuts short; null before the months are loaded or without sales. */
    public ReadOnlyObjectProperty<DataAsOf> asOfProperty() { return asOf.getReadOnlyProperty(); }

    public ObjectProperty<YearMonth> periodProperty() { return period; }

    public ObservableSet<ReportSection> sections() { return sections; }

    /** The sections the workspace holds the data of (all but the sales sheets' are missing on the national store); the others cannot be chosen. */
    public Set<ReportSection> available() { return available; }

    public ObjectProperty<Locale> languageProperty() { return language; }

    public ReadOnlyObjectProperty<Path> writtenProperty() { return written.getReadOnlyProperty(); }

    /** A bundle key, or "key|argument". */
    /** What the screen says about its last step, in any language; null when it has nothing to say. */
    public ReadOnlyObjectProperty<Message> messageProperty() { return message.getReadOnlyProperty(); }

    /** Why the Detail section was unticked for the chosen month (its line count); null when it was not. */
    public ReadOnlyObjectProperty<Message> detailNoteProperty() { return detailNote.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }

    /** Suggested file name: salestrack-2025-03.xlsx. */
    public String suggestedName() { return "salestrack-" + (period.get() == null ? "report" : period.get()) + ".xlsx"; }
}
