package org.salestrack.ui.feedback;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.salestrack.analytics.feedback.ComplaintRefunds;
import org.salestrack.analytics.feedback.FeedbackDim;
import org.salestrack.analytics.feedback.FeedbackOverview;
import org.salestrack.analytics.feedback.FeedbackRow;
import org.salestrack.analytics.feedback.FeedbackRows;
import org.salestrack.analytics.feedback.FeedbackService;
import org.salestrack.analytics.feedback.KeywordIndex;
import org.salestrack.analytics.feedback.Keywords;
import org.salestrack.analytics.feedback.SpikeSales;
import org.salestrack.model.cube.Grain;
import org.salestrack.model.feedback.ModelWeek;
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
public final class FeedbackViewModel implements org.salestrack.ui.ScreenModel {
    /** A picked cell of the grid, or a spike ({@code week} its week; null for a cell). */
    public record Pick(String aspect, String model, String week) {
        public Pick(String aspect, String model) { this(aspect, model, null); }
    }

    /**
     * What lies behind a pick: the model's keywords in the period (the weeks of the spike's run, or the whole
     * window for a cell) against every loaded review, and its weekly sell-out and refunds over the window
     * with the spike weeks, and the four weeks before the spike against its first four; and how the orders of the
     * reviews complaining of the aspect in the period ended against all the model's orders over the window.
     */
    public record Detail(Pick pick, LocalDate from, LocalDate to, List<Keywords.Keyword> keywords, List<ModelWeek> weeks,
                         List<String> spikeWeeks, SpikeSales sales, ComplaintRefunds refunds) {}

    public static final int KEYWORDS = 8;

    /** The background task's title: the status bar shows it through the bundles' "task.feedback". */
    private static final String TASK = "task.feedback".substring("task.".length());

    /**
     * The reviews shown by the province of their order (most first, those without a province last) and by months since
     * their model's launch (in order; reviews of a model whose launch is not known left out), and how many reviews the
     * filters other than the geography keep have no province: with a region, province or city filter they are left out.
     */
    public record Breakdown(List<FeedbackRow> provinces, List<FeedbackRow> lifeCycle, int withoutProvince, boolean placeFiltered) {}

    private record Loaded(List<ReadReview> reviews, FeedbackOverview overview, Breakdown breakdown) {}

    private record Computed(KeywordIndex index, Detail detail) {}

    private final FeedbackService service;
    private final StateManager state;
    private final TaskExecutor tasks;
    private final ReadOnlyObjectWrapper<FeedbackOverview> overview = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Pick> pick = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Detail> detail = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Breakdown> breakdown = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Throwable> error = new ReadOnlyObjectWrapper<>();
    private final ObservableList<ReadReview> sentences = FXCollections.observableArrayList();
    private final InvalidationListener onFilters = o -> reload();
    private List<ReadReview> reviews = List.of();
    private BackgroundTask<?> running;
    private BackgroundTask<?> detailing;
    /** The loaded reviews' words, segmented on the first pick after a load. */
    private KeywordIndex index;

    public FeedbackViewModel(FeedbackService service, StateManager state, TaskExecutor tasks) {
        this.service = service;
        this.state = state;
        this.tasks = tasks;
        state.sliceProperty().addListener(onFilters);
    }

    public ReadOnlyObjectProperty<FeedbackOverview> overviewProperty() { return overview.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<Pick> pickProperty() { return pick.getReadOnlyProperty(); }

    /** The keywords and sales behind the pick; null while nothing is picked or it is being worked out. */
    public ReadOnlyObjectProperty<Detail> detailProperty() { return detail.getReadOnlyProperty(); }

    /** By province and by months since launch, set with each new overview. */
    public ReadOnlyObjectProperty<Breakdown> breakdownProperty() { return breakdown.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<Throwable> errorProperty() { return error.getReadOnlyProperty(); }

    /** The reviews of the picked cell, complaints first; empty when nothing is picked. */
    public ObservableList<ReadReview> sentences() { return sentences; }

    @Override
    public void start() { reload(); }

    public void reload() {
        Slice s = state.slice();
        busy.set(true);
        error.set(null);
        if (running != null) running.cancel();
        BackgroundTask<Loaded> task = new BackgroundTask<>(TASK) {
            @Override
            public Loaded call() {
                FeedbackService.Window window = service.window(s == null ? null : s.from(), s == null ? null : s.to(), s, cancellation());
                List<ReadReview> read = window.reviews();
                List<TicketFact> tickets = service.tickets(s == null ? null : s.from(), s == null ? null : s.to(), s);
                Breakdown b = new Breakdown(FeedbackRows.byVolume(service.rows(read, List.of(FeedbackDim.PROVINCE))),
                        service.rows(read, List.of(FeedbackDim.MONTHS_SINCE_LAUNCH)).stream().filter(r -> !r.keys().get(0).isEmpty()).toList(),
                        window.withoutProvince(), window.placeFiltered());
                return new Loaded(read, service.overview(read, tickets, s == null ? null : s.from(), s == null ? null : s.to()), b);
            }
        };
        running = task;
        tasks.execute(task, r -> {
            if (running != task) return;
            running = null;
            busy.set(false);
            reviews = r.reviews();
            index = null;
            breakdown.set(r.breakdown());
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
        detail.set(null);
        sentences.setAll(p == null ? List.of() : FeedbackOverview.sentences(reviews, p.aspect(), p.model()));
        pick.set(p);
        detail(p);
    }

    /** Works out the detail of a pick in the background; a newer pick wins. */
    private void detail(Pick p) {
        if (detailing != null) detailing.cancel();
        detailing = null;
        detail.set(null);
        FeedbackOverview o = overview.get();
        if (p == null || o == null || o.weeks().isEmpty()) return;
        List<ReadReview> all = reviews;
        KeywordIndex known = index;
        BackgroundTask<Computed> task = new BackgroundTask<>(TASK) {
            @Override
            public Computed call() {
                KeywordIndex ix = known != null ? known : new KeywordIndex(all, service.lexicon(), cancellation());
                return new Computed(ix, FeedbackViewModel.detail(service, ix, all, o, p));
            }
        };
        detailing = task;
        tasks.execute(task, r -> {
            if (detailing != task) return;
            detailing = null;
            if (reviews == all) index = r.index();
            detail.set(r.detail());
        }, e -> {
            if (detailing != task) return;
            detailing = null;
            if (!(e instanceof java.util.concurrent.CancellationException)) error.set(e);
        });
    }

    /** The detail of a pick; runs SQL (the model's sales). */
    static Detail detail(FeedbackService service, KeywordIndex index, List<ReadReview> reviews, FeedbackOverview o, Pick p) {
        List<String> run = p.week() == null ? List.of() : run(o, p);
        Set<String> weeks = Set.copyOf(run);
        LocalDate windowFrom = Grain.WEEK.first(o.weeks().get(0));
        LocalDate windowTo = Grain.WEEK.last(o.weeks().get(o.weeks().size() - 1));
        LocalDate from = run.isEmpty() ? windowFrom : Grain.WEEK.first(run.get(0));
        LocalDate to = run.isEmpty() ? windowTo : Grain.WEEK.last(run.get(run.size() - 1));
        List<Keywords.Keyword> keywords = index.keywords(r -> p.model().equals(r.fact().model() == null ? "" : r.fact().model())
                && (weeks.isEmpty() || weeks.contains(Grain.WEEK.key(r.fact().at().toLocalDate()))), KEYWORDS);
        List<ModelWeek> sales = service.modelWeeks(p.model(), windowFrom, windowTo);
        List<String> spikeWeeks = o.spikes().stream().filter(s -> s.model().equals(p.model()) && s.aspect().equals(p.aspect()))
                .map(FeedbackOverview.Spike::week).sorted().toList();
        List<ReadReview> complaints = reviews.stream().filter(r -> p.model().equals(r.fact().model()) && r.reading().complaints().contains(p.aspect())
                && (weeks.isEmpty() || weeks.contains(Grain.WEEK.key(r.fact().at().toLocalDate())))).toList();
        return new Detail(p, from, to, keywords, sales, spikeWeeks,
                run.isEmpty() ? null : SpikeSales.around(sales, run.get(0), SpikeSales.SPAN),
                service.complaintRefunds(p.model(), complaints, windowFrom, windowTo));
    }

    /** The consecutive spike weeks of the pick's model and aspect that hold its week. */
    static List<String> run(FeedbackOverview o, Pick p) {
        Set<String> spiking = new java.util.HashSet<>();
        for (FeedbackOverview.Spike s : o.spikes()) if (s.model().equals(p.model()) && s.aspect().equals(p.aspect())) spiking.add(s.week());
        int at = o.weeks().indexOf(p.week());
        if (at < 0 || !spiking.contains(p.week())) return List.of(p.week());
        int first = at;
        while (first > 0 && spiking.contains(o.weeks().get(first - 1))) first--;
        int last = at;
        while (last < o.weeks().size() - 1 && spiking.contains(o.weeks().get(last + 1))) last++;
        return List.copyOf(o.weeks().subList(first, last + 1));
    }

    @Override
    public void close() {
        state.sliceProperty().removeListener(onFilters);
        if (running != null) running.cancel();
        if (detailing != null) detailing.cancel();
    }
}
