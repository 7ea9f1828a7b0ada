package org.salestrack.validate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.salestrack.model.BatchQuality;
import org.salestrack.model.Campaign;
import org.salestrack.model.ImportReject;
import org.salestrack.model.IssueCount;
import org.salestrack.model.IssueDetail;
import org.salestrack.model.IssueFilter;
import org.salestrack.model.IssueStatus;
import org.salestrack.model.Message;
import org.salestrack.model.SaleFact;
import org.salestrack.model.SellInFact;
import org.salestrack.model.Severity;
import org.salestrack.model.StockSnapshot;
import org.salestrack.model.ValidationIssue;
import org.salestrack.store.Workspace;
import org.salestrack.store.quality.BatchScope;
import org.salestrack.store.quality.IssueQueries;
import org.salestrack.store.quality.IssueStore;
import org.salestrack.store.quality.QualityFactsReader;
import org.salestrack.store.quality.RuleSettingStore;
import org.salestrack.task.Cancellation;
import org.salestrack.task.ProgressListener;

/**
 * Data quality for one workspace: runs the rules over the stored facts and saves what they find, keeps the
 * rule settings, and lists, explains and reviews issues. Error issues hold their lines out of every total
 * until accepted; the store moves the rollup in the same transaction. This is the API of the Data quality
 * screen and of {@code validate}.
 */
public final class ValidationService {
    private static final int CHUNK = 8_192;
    private final QualityFactsReader reader;
    private final IssueStore issues;
    private final IssueQueries queries;
    private final RuleSettingStore settings;
    private final BatchScope scope;
    private final RuleEngine engine;
    private final Clock clock;
    private boolean keepHits;

    public ValidationService(QualityFactsReader reader, IssueStore issues, IssueQueries queries, RuleSettingStore settings,
                             RuleEngine engine, Clock clock) {
        this.reader = reader;
        this.issues = issues;
        this.queries = queries;
        this.settings = settings;
        this.scope = new BatchScope(reader.workspace());
        this.engine = engine;
        this.clock = clock;
    }

    /** The service over {@code workspace} with the standard rules and the system clock. */
    public static ValidationService of(Workspace workspace) {
        return new ValidationService(new QualityFactsReader(workspace), new IssueStore(workspace), new IssueQueries(workspace),
                new RuleSettingStore(workspace), RuleEngine.standard(), Clock.systemDefaultZone());
    }

    /**
     * The same service, but its runs also keep every finding in memory ({@link ValidationReport#hits()}), for a caller
     * that prints them all; otherwise a run keeps the counts and its findings are in the store.
     */
    public ValidationService keepingHits() {
        ValidationService keeping = new ValidationService(reader, issues, queries, settings, engine, clock);
        keeping.keepHits = true;
        return keeping;
    }

    public RuleEngine engine() { return engine; }

    /**
     * Whether the rules can run here: on a workspace file, not on the national store, whose findings come with the
     * batches published from workspaces (its findings are reviewed there all the same).
     */
    public boolean runsHere() { return !reader.workspace().onServer(); }

    /** Whether {@code batch} names an import batch whose lines are in the workspace (not undone): what a batch run can scope to. */
    public boolean isStoredBatch(long batch) { return reader.isStoredBatch(batch); }

    /**
     * Runs every enabled rule over the whole workspace and saves the hits in {@code batch} (all batches
     * when null) as open issues, replacing that scope's earlier open issues. {@code overrides} (e.g. a
     * rules file) take the place of the saved settings of the rules they name, for this run only.
     */
    public ValidationRun run(Long batch, Map<String, RuleSetting> overrides, ProgressListener progress, Cancellation cancel) {
        return run(batch, batch == null ? null : Set.of(batch), overrides, HoldGuard.HOLD_ALL, progress, cancel);
    }

    /**
     * As {@link #run(Long, Map, ProgressListener, Cancellation)}, but a rule that would hold more than the
     * guard's share of the lines in scope holds them only if the guard confirms; otherwise its findings are
     * saved holding nothing and the run lists the rule in {@link ValidationRun#notHeld()}.
     */
    public ValidationRun run(Long batch, Map<String, RuleSetting> overrides, HoldGuard guard, ProgressListener progress, Cancellation cancel) {
        return run(batch, batch == null ? null : Set.of(batch), overrides, guard, progress, cancel);
    }

    /**
     * The rules over the whole workspace, their hits in {@code batches} saved (all batches when null): an
     * import of several files checks its new batches in one run rather than one run per file.
     */
    public ValidationRun runOn(Collection<Long> batches, Map<String, RuleSetting> overrides, HoldGuard guard, ProgressListener progress,
                               Cancellation cancel) {
        Long one = batches != null && batches.size() == 1 ? batches.iterator().next() : null;
        return run(one, batches == null ? null : Set.copyOf(batches), overrides, guard, progress, cancel);
    }

    /**
     * The rules after an import, on what {@code batches} can change only (issue 18 #3): their lines, the lines that share
     * their line keys, IMEIs, store-days, buyers' and addresses' nights, and their stores' units in the spike window
     * before them, narrowed in SQL; the findings on the new lines are those a run over the whole workspace gives them.
     * The rules that judge every store's whole history ({@link Rule#judgesWholeHistory()}) are left to a run over the
     * whole workspace, and batches with sell-in (judged against their dealers' every month) get one.
     */
    public ValidationRun checkNew(Collection<Long> batches, HoldGuard guard, ProgressListener progress, Cancellation cancel) {
        if (batches.isEmpty() || scope.holdsSellIn(batches)) return runOn(batches, Map.of(), guard, progress, cancel);
        Set<Long> ids = Set.copyOf(batches);
        Long one = ids.size() == 1 ? ids.iterator().next() : null;
        List<RuleEngine.Configured> rules = engine.configured(settings()).stream().filter(c -> !c.rule().judgesWholeHistory()).toList();
        int window = rules.stream().filter(c -> c.rule().id().equals(StoreSpikeRule.ID)).findFirst()
                .map(c -> c.params().integerAsInt(StoreSpikeRule.WINDOW)).orElse(-1);
        return run(one, ids, rules, scopedSource(ids, window), guard, progress, cancel);
    }

    private ValidationRun run(Long batch, Set<Long> scope, Map<String, RuleSetting> overrides, HoldGuard guard, ProgressListener progress,
                              Cancellation cancel) {
        Map<String, RuleSetting> effective = new LinkedHashMap<>(settings());
        effective.putAll(overrides);
        return run(batch, scope, engine.configured(effective), source(), guard, progress, cancel);
    }

    private ValidationRun run(Long batch, Set<Long> scope, List<RuleEngine.Configured> rules, StreamedRun.Source source, HoldGuard guard,
                              ProgressListener progress, Cancellation cancel) {
        List<String> order = rules.stream().map(c -> c.rule().id()).toList();
        if (scope != null && scope.isEmpty()) {
            return new ValidationRun(batch, new ValidationReport(order, List.of(), Map.of()), 0, 0, 0, 0, 0, 0, List.of());
        }
        long t0 = System.nanoTime();
        // the write transaction opens first: no import can change the lines while they are read
        try (IssueStore.Writer writer = issues.writer(scope, now())) {
            StreamedRun stream = new StreamedRun(source, LocalDate.now(clock), scope, rules.size());
            Findings findings = new Findings(order, scope, writer::add, keepHits, guard, stream::linesInScopeAhead, writer::holdNothingFrom);
            List<LineScan> scans = new ArrayList<>();
            for (RuleEngine.Configured c : rules) scans.add(c.rule().scan(stream, c.params(), c.severity(), findings.of(c.rule().id())));
            stream.run(scans, (done, message) -> progress.progress(done, StreamedRun.ALL, message), cancel::check);
            cancel.check();
            List<MassHold> refused = findings.finish(stream.linesInScope());
            cancel.check();
            progress.progress(StreamedRun.AGAIN_DONE, StreamedRun.ALL, Message.of("progress.validate.saving", Hits.count(findings.total())));
            long t1 = System.nanoTime();
            IssueStore.Saved saved = writer.finish(refused.stream().map(MassHold::rule).toList());
            double saveSeconds = (System.nanoTime() - t1) / 1e9 + findings.writeSeconds();
            progress.progress(StreamedRun.ALL, StreamedRun.ALL, Message.of("progress.done"));
            Map<String, Long> millis = new LinkedHashMap<>();
            for (int r = 0; r < order.size(); r++) millis.put(order.get(r), stream.ruleMillis(r));
            ValidationReport report = findings.report(millis);
            if (!refused.isEmpty()) report = MassHolds.withoutHolds(report, refused);
            double all = (System.nanoTime() - t0) / 1e9;
            return new ValidationRun(batch, report, saved.opened(), saved.alreadyReviewed(), stream.lines(), stream.readSeconds(),
                    Math.max(0, all - stream.readSeconds() - saveSeconds), saveSeconds, refused);
        }
    }

    /** The store's lines as a streamed run reads them: in chunks of a few thousand, never all at once. */
    private StreamedRun.Source source() {
        return new StreamedRun.Source() {
            @Override public StreamedRun.Repeats repeats() {
                QualityFactsReader.Repeats r = reader.repeats(ValidationInput::hash64);
                return new StreamedRun.Repeats(r.lines(), r.keys()::contains, r.imeis()::contains);
            }

            @Override public void stream(Set<Long> rowIds, Map<String, Set<LocalDate>> storeDays, boolean all,
                                         Consumer<List<SaleFact>> chunks) {
                reader.stream(all ? null : new QualityFactsReader.Subset(rowIds, storeDays), CHUNK, chunks);
            }

            @Override public List<SellInFact> sellIns() { return reader.sellIns(); }

            @Override public List<StockSnapshot> stocks() { return reader.dealerStock(); }

            @Override public List<Campaign> campaigns() { return reader.campaigns(); }

            @Override public List<ImportReject> rejects() { return reader.rejects(); }
        };
    }

    /**
     * The lines {@code batches} touch, as {@link BatchScope} finds them; {@code spikeWindow} days of their stores' units
     * before them (negative: store-spike is off, no series).
     */
    private StreamedRun.Source scopedSource(Set<Long> batches, int spikeWindow) {
        BatchScope.Lines lines = scope.lines(batches, ValidationInput::hash64);
        Set<Long> ids = new HashSet<>(lines.ids().length * 2);
        for (long id : lines.ids()) ids.add(id);
        return new StreamedRun.Source() {
            @Override public StreamedRun.Repeats repeats() {
                QualityFactsReader.Repeats r = lines.repeats();
                return new StreamedRun.Repeats(r.lines(), r.keys()::contains, r.imeis()::contains);
            }

            @Override public void stream(Set<Long> rowIds, Map<String, Set<LocalDate>> storeDays, boolean all,
                                         Consumer<List<SaleFact>> chunks) {
                reader.stream(all ? new QualityFactsReader.Subset(ids, Map.of(), ids) : new QualityFactsReader.Subset(rowIds, storeDays, ids),
                        CHUNK, chunks);
            }

            // sell-in and stock serve channel stuffing only, whose findings are on sell-in lines: none is new here
            @Override public List<SellInFact> sellIns() { return List.of(); }

            @Override public List<StockSnapshot> stocks() { return List.of(); }

            @Override public List<Campaign> campaigns() { return reader.campaigns(); }

            @Override public List<ImportReject> rejects() { return reader.rejectsOf(batches); }

            @Override public Map<String, DailySeries> storeDays(Map<String, DailySeries> fromLines) {
                Map<String, DailySeries> out = new LinkedHashMap<>();
                if (spikeWindow < 0) return out;
                for (BatchScope.StoreUnits u : scope.storeWindows(batches, spikeWindow)) {
                    out.put(u.store(), DailySeries.ofUnits(u.store(), u.from().toEpochDay(), u.units()));
                }
                return out;
            }
        };
    }

    /** The saved setting of every rule that has one. */
    public Map<String, RuleSetting> settings() {
        Map<String, RuleSetting> out = new LinkedHashMap<>();
        settings.all().forEach((rule, row) -> {
            if (engine.rule(rule).isEmpty()) return;
            out.put(rule, new RuleSetting(row.enabled(), row.severity() == null ? null : Severity.parse(row.severity()),
                    RuleSettingsJson.params(row.params())));
        });
        return out;
    }

    /** The parameters {@code rule} runs with now: its defaults overlaid with the saved setting. */
    public RuleParameters parameters(String rule) {
        Rule r = rule(rule);
        return engine.parameters(r, settings().getOrDefault(rule, RuleSetting.defaults()));
    }

    /** Checks and saves a rule's setting; the change goes to the audit log with the old and new form. */
    public void saveSetting(String rule, RuleSetting setting) {
        Rule r = rule(rule);
        RuleParameters params = engine.parameters(r, setting);
        String before = settings.find(rule).map(row -> describe(row.enabled(), row.severity(), row.params())).orElse("defaults");
        String paramsJson = RuleSettingsJson.params(params.asMap());
        String severity = setting.severity() == null ? null : setting.severity().id();
        settings.save(new RuleSettingStore.Row(rule, setting.enabled(), severity, paramsJson),
                before + " -> " + describe(setting.enabled(), severity, paramsJson));
    }

    public List<ValidationIssue> issues(IssueFilter filter) { return queries.list(filter); }

    public List<IssueCount> issueCounts(IssueFilter filter) { return queries.counts(filter); }

    /** The issue with its lines and the {@code neighbours} rows either side of it in its file. */
    public IssueDetail detail(long issueId, int neighbours) {
        return queries.detail(issueId, neighbours)
                .orElseThrow(() -> new IllegalArgumentException("there is no validation issue " + issueId));
    }

    /** The lines of these issues count from now on. Returns how many issues changed. */
    public int accept(Collection<Long> issueIds, String comment) {
        return issues.review(issueIds, IssueStatus.ACCEPTED, comment, now());
    }

    /** The lines of these issues never count. Returns how many issues changed. */
    public int reject(Collection<Long> issueIds, String comment) {
        return issues.review(issueIds, IssueStatus.REJECTED, comment, now());
    }

    /** How many issues {@code filter} matches, paging ignored: what a review of all of them would change at most. */
    public long count(IssueFilter filter) {
        return queries.counts(filter).stream().mapToLong(IssueCount::count).sum();
    }

    /** Accepts every issue {@code filter} matches, as one audited review. Returns how many changed. */
    public int acceptMatching(IssueFilter filter, String comment) {
        return acceptMatching(filter, comment, ProgressListener.NONE);
    }

    /** As {@link #acceptMatching(IssueFilter, String)}, telling {@code progress} its steps in words. */
    public int acceptMatching(IssueFilter filter, String comment, ProgressListener progress) {
        return issues.reviewMatching(filter, IssueStatus.ACCEPTED, comment, now(), progress);
    }

    /** Rejects every issue {@code filter} matches, as one audited review. Returns how many changed. */
    public int rejectMatching(IssueFilter filter, String comment) {
        return rejectMatching(filter, comment, ProgressListener.NONE);
    }

    /** As {@link #rejectMatching(IssueFilter, String)}, telling {@code progress} its steps in words. */
    public int rejectMatching(IssueFilter filter, String comment, ProgressListener progress) {
        return issues.reviewMatching(filter, IssueStatus.REJECTED, comment, now(), progress);
    }

    public List<BatchQuality> quality() { return queries.quality(); }

    private Rule rule(String id) {
        return engine.rule(id).orElseThrow(() -> new IllegalArgumentException("unknown rule '" + id + "'"));
    }

    private String now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static String describe(boolean enabled, String severity, String params) {
        return (enabled ? "on" : "off") + ", severity " + (severity == null ? "default" : severity) + ", params " + params;
    }
}
