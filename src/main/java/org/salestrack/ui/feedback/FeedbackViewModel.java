package org.salestrack.ui.feedback;

import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.salestrack.analytics.feedback.FeedbackOverview;
import org.salestrack.analytics.feedback.FeedbackService;
import org.salestrack.analytics.feedback.ReadReview;
import org.salestrack.model.cube.Slice;
import org.salestrack.model.feedback.TicketFact;
import org.salestrack.task.BackgroundTask;
import org.salestrack.task.TaskExecutor;
import org.salestrack.ui.StateManager;

/**
 * The Feedback screen's state: the reviews and tickets within the global filters, read and summed up in the
 * background (a newer request cancels the older one), the aspect x model cell the user picked and the
 * reviews behind it.
 */
public final class FeedbackViewModel {
    /** A picked cell of the grid. */
    public record Pick(String aspect, String model) {}

    /** The background task's title: the status bar shows it through the bundles' "task.feedback". */
    private static final String TASK = "task.feedback".substring("task.".length());

    private record Loaded(List<ReadReview> reviews, FeedbackOverview overview) {}

    private final FeedbackService service;
    private final StateManager state;
    private final TaskExecutor tasks;
    private final ReadOnlyObjectWrapper<FeedbackOverview> overview = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Pick> pick = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Throwable> error = new ReadOnlyObjectWrapper<>();
    private final ObservableList<ReadReview> sentences = FXCollections.observableArrayList();
    private final InvalidationListener onFilters = o -> reload();
    private List<ReadReview> reviews = List.of();
    private BackgroundTask<?> running;

    public FeedbackViewModel(FeedbackService service, StateManager state, TaskExecutor tasks) {
        this.service = service;
        this.state = state;
        this.tasks = tasks;
        state.sliceProperty().addListener(onFilters);
    }

    public ReadOnlyObjectProperty<FeedbackOverview> overviewProperty() { return overview.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<Pick> pickProperty() { return pick.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<Throwable> errorProperty() { return error.getReadOnlyProperty(); }

    /** The reviews of the picked cell, complaints first; empty when nothing is picked. */
    public ObservableList<ReadReview> sentences() { return sentences; }

    public void reload() {
        Slice s = state.slice();
        busy.set(true);
        error.set(null);
        if (running != null) running.cancel();
        BackgroundTask<Loaded> task = new BackgroundTask<>(TASK) {
            @Override
            public Loaded call() {
                List<ReadReview> read = service.reviews(s == null ? null : s.from(), s == null ? null : s.to(), s, cancellation());
                List<TicketFact> tickets = service.tickets(s == null ? null : s.from(), s == null ? null : s.to(), s);
                return new Loaded(read, service.overview(read, tickets, s == null ? null : s.from(), s == null ? null : s.to()));
            }
        };
        running = task;
        tasks.execute(task, r -> {
            if (running != task) return;
            running = null;
            busy.set(false);
            reviews = r.reviews();
            overview.set(r.overview());
            select(pick.get());
        }, e -> {
            if (running != task) return;
            running = null;
            busy.set(false);
            if (!(e instanceof java.util.concurrent.CancellationException)) error.set(e);
        });
    }

    /** Picks a cell (or none), listing the reviews behind it; picking the picked cell again clears it. */
    public void toggle(String aspect, String model) {
        Pick now = pick.get();
        select(now != null && now.aspect().equals(aspect) && now.model().equals(model) ? null : new Pick(aspect, model));
    }

    public void select(Pick p) {
        sentences.setAll(p == null ? List.of() : FeedbackOverview.sentences(reviews, p.aspect(), p.model()));
        pick.set(p);
    }

    public void close() {
        state.sliceProperty().removeListener(onFilters);
        if (running != null) running.cancel();
    }
}
