package org.salestrack.ui.quality;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.salestrack.model.Message;
import org.salestrack.model.BatchQuality;
import org.salestrack.model.IssueDetail;
import org.salestrack.model.IssueFilter;
import org.salestrack.model.IssueStatus;
import org.salestrack.model.Severity;
import org.salestrack.model.ValidationIssue;
import org.salestrack.task.BackgroundTask;
import org.salestrack.task.TaskExecutor;
import org.salestrack.ui.RequestScheduler;
import org.salestrack.ui.LatestRequest;
import org.salestrack.validate.HoldGuard;
import org.salestrack.validate.MassHold;
import org.salestrack.validate.ValidationRun;
import org.salestrack.validate.ValidationService;

/**
 * The Data quality screen without its nodes: issues filtered by rule, severity, status and batch; the
 * chosen issue's detail; bulk accept / reject with a comment; batch scores; a validation run in the
 * background. Reviews and runs change totals, so they end by telling the workbench its data changed.
 */
public final class QualityViewModel {
    /** Issues listed at most; a run on a large import can raise many thousands. */
    static final int PAGE = 2_000;
    static final int NEIGHBOURS = 3;

    private final ValidationService service;
    private final TaskExecutor tasks;
    private final Runnable dataChanged;
    private final LatestRequest<Listing> listRequest;
    private final LatestRequest<List<BatchQuality>> batchRequest;
    private final LatestRequest<IssueDetail> detailRequest;

    private final ObjectProperty<String> rule = new SimpleObjectProperty<>();
    private final ObjectProperty<Severity> severity = new SimpleObjectProperty<>();
    private final ObjectProperty<IssueStatus> status = new SimpleObjectProperty<>(IssueStatus.OPEN);
    private final ObjectProperty<Long> batch = new SimpleObjectProperty<>();
    private final ObservableList<ValidationIssue> issues = FXCollections.observableArrayList();
    private final ObservableList<BatchQuality> batches = FXCollections.observableArrayList();
    private final ObjectProperty<ValidationIssue> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<IssueDetail> detail = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyLongWrapper openIssues = new ReadOnlyLongWrapper();
    private final ReadOnlyObjectWrapper<Message> message = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper listing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper scoring = new ReadOnlyBooleanWrapper();
    private final StringProperty comment = new SimpleStringProperty("");
    private BackgroundTask<ValidationRun> running;

    private record Listing(List<ValidationIssue> issues, long open) {}

    public QualityViewModel(ValidationService service, RequestScheduler requests, TaskExecutor queries, TaskExecutor tasks, Runnable dataChanged, long debounceMillis) {
        this.service = service;
        this.tasks = tasks;
        this.dataChanged = dataChanged;
        this.listRequest = requests.latest(queries, debounceMillis);
        this.batchRequest = requests.latest(queries, 0);
        this.detailRequest = requests.latest(queries, 0);
        // the filters change the list, not the batches' scores (10 s to count again over 5.3M findings)
        rule.addListener(o -> reloadList());
        severity.addListener(o -> reloadList());
        status.addListener(o -> reloadList());
        batch.addListener(o -> reloadList());
        selected.addListener((o, a, i) -> loadDetail(i));
    }

    /** Lists the issues the filters keep with the open count, and scores the batches again: the findings changed. */
    public void reload() {
        reloadList();
        // the batches that need a look first
        read(batchRequest, scoring, service::quality, b -> batches.setAll(b.stream().sorted(java.util.Comparator.comparingDouble(BatchQuality::score)
                .thenComparingLong(BatchQuality::batchId)).toList()));
    }

    /** Lists the issues the filters keep and counts the open ones under the same filters. */
    private void reloadList() {
        IssueFilter filter = filter().page(PAGE, 0);
        // the open issues under the same rule, severity and batch as the list, whatever status it shows
        IssueFilter openFilter = filter().withStatus(IssueStatus.OPEN);
        read(listRequest, listing, () -> new Listing(service.issues(filter), service.count(openFilter)), l -> {
            Long keep = selected.get() == null ? null : selected.get().id();
            issues.setAll(l.issues());
            openIssues.set(l.open());
            selected.set(l.issues().stream().filter(i -> keep != null && i.id() == keep).findFirst().orElse(null));
        });
    }

    /** Submits a read with {@code reading} set until it ends, whether with a result, a failure or a cancel. */
    private <T> void read(LatestRequest<T> request, ReadOnlyBooleanWrapper reading, java.util.concurrent.Callable<T> work,
                          java.util.function.Consumer<T> onResult) {
        reading.set(true);
        request.submit("", work, r -> {
            reading.set(false);
            onResult.accept(r);
        }, e -> {
            reading.set(false);
            failed(e);
        }, () -> reading.set(false));
    }

    /** Whether "Run validation" can run here (not on the national store: its findings are published with their batches). */
    public boolean runsHere() { return service.runsHere(); }

    /** The filters as set now, without paging. */
    public IssueFilter filter() { return new IssueFilter(rule.get(), severity.get(), status.get(), batch.get(), 0, 0); }

    private void loadDetail(ValidationIssue i) {
        detail.set(null);
        if (i == null) {
            detailRequest.cancel();
            return;
        }
        detailRequest.submit(() -> service.detail(i.id(), NEIGHBOURS), detail::set, this::failed);
    }

    /** Accepts (their lines count) or rejects (they never count) the given issues, with the reviewer's comment. */
    public void review(List<ValidationIssue> chosen, boolean accept) {
        if (chosen.isEmpty()) return;
        List<Long> ids = chosen.stream().map(ValidationIssue::id).toList();
        String note = note();
        tasks.execute(new BackgroundTask<Integer>("review") {
            @Override
            public Integer call() { return accept ? service.accept(ids, note) : service.reject(ids, note); }
        }, n -> reviewed(accept, n), this::failed);
    }

    /**
     * Accepts or rejects every issue the filters match, not only the listed page: counts them, lets
     * {@code confirm} (on the FX thread) see the count, then reviews them all as one audited action.
     */
    public void reviewAllMatching(boolean accept, java.util.function.LongPredicate confirm) {
        IssueFilter f = filter();
        String note = note();
        tasks.execute(new BackgroundTask<Long>("review") {
            @Override
            public Long call() { return service.count(f); }
        }, n -> {
            if (n == 0 || !confirm.test(n)) return;
            busy.set(true);
            tasks.execute(new BackgroundTask<Integer>("review") {
                @Override
                public Integer call() { return accept ? service.acceptMatching(f, note, progress()) : service.rejectMatching(f, note, progress()); }
            }, changed -> {
                busy.set(false);
                reviewed(accept, changed);
            }, this::failed);
        }, this::failed);
    }

    private String note() { return comment.get() == null ? "" : comment.get().strip(); }

    private void reviewed(boolean accept, int n) {
        // each key written whole: I18nBundlesTest finds the keys in use by their literals
        message.set(n == 1 ? Message.of(accept ? "quality.accepted.one" : "quality.rejected.one")
                : Message.of(accept ? "quality.accepted" : "quality.rejected", org.salestrack.ui.Format.units(n, java.util.Locale.ROOT)));
        // the comment belonged to this review
        comment.set("");
        reload();
        dataChanged.run();
    }

    /**
     * Runs every rule over the workspace in the background; {@code title} names it in the status bar. A rule
     * that would hold more than 5% of the lines holds them only if {@code confirm} says so; it is asked on
     * the worker thread and may block it while the user answers.
     */
    public void runValidation(String title, java.util.function.Predicate<MassHold> confirm) {
        if (busy.get()) return;
        busy.set(true);
        message.set(Message.of("quality.running"));
        HoldGuard guard = new HoldGuard(HoldGuard.DEFAULT_SHARE, confirm);
        running = new BackgroundTask<>(title) {
            @Override
            public ValidationRun call() { return service.run(null, Map.of(), guard, progress(), cancellation()); }
        };
        tasks.execute(running, run -> {
            busy.set(false);
            running = null;
            String opened = org.salestrack.ui.Format.units(run.opened(), java.util.Locale.ROOT);
            message.set(run.notHeld().isEmpty() ? Message.of("quality.ran", opened)
                    : Message.of("quality.ran.not.held", opened, ruleNames(run.notHeld())));
            reload();
            dataChanged.run();
        }, this::failed);
    }

    /** The rules by their names in the screen's language, one after another. */
    private static Message ruleNames(List<MassHold> rules) {
        Message names = null;
        for (MassHold m : rules) {
            Message name = Message.of("quality.rule.name." + m.rule());
            names = names == null ? name : Message.of("quality.rules.and", names, name);
        }
        return names;
    }

    public void cancel() {
        if (running != null) running.cancel();
    }

    /** Each rule's parameters as it runs now, by rule id. */
    public Map<String, Map<String, Object>> parameters() {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        service.engine().rules().forEach(r -> out.put(r.id(), service.parameters(r.id()).asMap()));
        return out;
    }

    /** Saves a rule's setting (checked, audited by the service); a bad value comes back as a message. */
    public void saveSetting(String ruleId, org.salestrack.validate.RuleSetting setting, Runnable done) {
        tasks.execute(new BackgroundTask<Void>("rule") {
            @Override
            public Void call() {
                service.saveSetting(ruleId, setting);
                return null;
            }
        }, v -> {
            message.set(Message.of("quality.rule.saved", ruleId));
            done.run();
        }, this::failed);
    }

    public List<String> ruleIds() { return service.engine().rules().stream().map(r -> r.id()).toList(); }

    public ValidationService service() { return service; }

    private void failed(Throwable e) {
        busy.set(false);
        running = null;
        if (e instanceof java.util.concurrent.CancellationException) {
            message.set(Message.of("quality.cancelled"));
            return;
        }
        message.set(Message.of("quality.failed", org.salestrack.ui.Failures.of(e)));
    }

    public ObjectProperty<String> ruleProperty() { return rule; }

    public ObjectProperty<Severity> severityProperty() { return severity; }

    public ObjectProperty<IssueStatus> statusProperty() { return status; }

    public ObjectProperty<Long> batchProperty() { return batch; }

    /** The reviewer's comment for the next Accept or Reject; cleared once that review is saved. */
    public StringProperty commentProperty() { return comment; }

    public ObservableList<ValidationIssue> issues() { return issues; }

    public ObservableList<BatchQuality> batches() { return batches; }

    public ObjectProperty<ValidationIssue> selectedProperty() { return selected; }

    public ReadOnlyObjectProperty<IssueDetail> detailProperty() { return detail.getReadOnlyProperty(); }

    public ReadOnlyLongProperty openIssuesProperty() { return openIssues.getReadOnlyProperty(); }

    /** What the last run or review did, in any language; null before any. */
    public ReadOnlyObjectProperty<Message> messageProperty() { return message.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }

    /** Whether the list and its open count are being read (the list on screen is the one before). */
    public ReadOnlyBooleanProperty listingProperty() { return listing.getReadOnlyProperty(); }

    /** Whether the batches are being scored (the scores on screen are the ones before). */
    public ReadOnlyBooleanProperty scoringProperty() { return scoring.getReadOnlyProperty(); }

    public void close() {
        listRequest.cancel();
        batchRequest.cancel();
        detailRequest.cancel();
        cancel();
    }

}
