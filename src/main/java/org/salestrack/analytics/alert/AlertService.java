package org.salestrack.analytics.alert;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import org.salestrack.analytics.dealer.DealerService;
import org.salestrack.analytics.explore.ExploreService;
import org.salestrack.analytics.inventory.InventoryService;
import org.salestrack.analytics.marketing.MarketingService;
import org.salestrack.model.Alert;
import org.salestrack.model.DataAsOf;
import org.salestrack.model.Dimension;
import org.salestrack.model.alert.AlertEvent;
import org.salestrack.model.alert.AlertFinding;
import org.salestrack.model.alert.AlertRule;
import org.salestrack.model.alert.AlertRuleSetting;
import org.salestrack.model.alert.AlertStatus;
import org.salestrack.model.alert.SentNotification;
import org.salestrack.model.alert.Webhook;
import org.salestrack.model.alert.WebhookFormat;
import org.salestrack.model.cube.Cell;
import org.salestrack.model.cube.Grain;
import org.salestrack.model.cube.Measure;
import org.salestrack.model.cube.Slice;
import org.salestrack.model.dealer.DealerBoard;
import org.salestrack.model.dealer.DealerPeriod;
import org.salestrack.model.inventory.InventoryReport;
import org.salestrack.store.Alerts;
import org.salestrack.store.Workspace;
import org.salestrack.store.alert.AlertActions;
import org.salestrack.store.alert.AlertFacts;
import org.salestrack.store.alert.AlertRuleStore;
import org.salestrack.store.alert.AlertWebhooks;
import org.salestrack.task.Cancellation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The alert rules and the alert centre. After every import and undo (one step of the import pipeline) it
 * judges the last complete month against the month before and the same month a year earlier at every
 * level, reads what the modules found (data-quality errors of the new batches, channel stuffing, and,
 * when their data came in, slow movers and stock-out risk, campaign ROI, dealer grades), raises each
 * finding once per rule, subject and period, gives new alerts their rule's owner, and posts them to the
 * webhooks of their rule and owner. The alert centre lists, assigns, comments and moves them.
 */
public final class AlertService {
    /** The levels the changes are judged at. */
    public static final List<Dimension> LEVELS = List.of(Dimension.REGION, Dimension.PROVINCE, Dimension.CHANNEL, Dimension.SERIES,
            Dimension.SKU, Dimension.STORE, Dimension.DEALER);
    private static final Logger LOG = LoggerFactory.getLogger(AlertService.class);

    private final Alerts alerts;
    private final AlertActions actions;
    private final AlertRuleStore rules;
    private final AlertWebhooks hooks;
    private final AlertFacts facts;
    private final ExploreService explore;
    private final Workspace workspace;
    private final WebhookPoster poster;
    private final List<Runnable> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    public AlertService(Workspace workspace) { this(workspace, WebhookPoster.standard()); }

    public AlertService(Workspace workspace, WebhookPoster poster) {
        this.workspace = workspace;
        this.alerts = new Alerts(workspace);
        this.actions = new AlertActions(workspace);
        this.rules = new AlertRuleStore(workspace);
        this.hooks = new AlertWebhooks(workspace);
        this.facts = new AlertFacts(workspace);
        this.explore = new ExploreService(workspace);
        this.poster = poster;
    }

    /** What one pass raised and posted, and whether the change rules judged the month again. */
    public record Outcome(int raised, int posted, int failedPosts, boolean changesJudged) {}

    /** The newest alert's id: taken before the follow-up, so the alerts its other steps raise are owned and posted too. */
    public long latestId() { return alerts.openCountAndLatest()[1]; }

    /**
     * Judges the rules after batches came in ({@code kinds}: their record kinds) or went (an undo: no
     * batches), raises what is new, then owns and posts every alert newer than {@code since}.
     */
    public Outcome afterImport(Collection<Long> batches, Set<String> kinds, long since) {
        return after(batches, kinds, facts.saleSpan(batches), since);
    }

    /** The sale days of {@code batches}' lines: what an undo reads before the lines go, for {@link #afterUndo}. */
    public Optional<Slice> saleSpan(Collection<Long> batches) { return facts.saleSpan(batches); }

    /**
     * After an undo whose batch held sales on the days {@code removed} (empty: none): the change rules judge again only if
     * those days lay in a month they compare (an undo withdraws no alert and raises no finding of its own), then every
     * alert newer than {@code since} (forecast tracking's) is owned and posted.
     */
    public Outcome afterUndo(Optional<Slice> removed, long since) {
        return after(List.of(), Set.of(), removed, since);
    }

    private Outcome after(Collection<Long> batches, Set<String> kinds, Optional<Slice> touched, long since) {
        Map<AlertRule, AlertRuleSetting> settings = rules.load();
        int raised = 0;
        boolean[] judged = {false};
        for (AlertFinding f : evaluate(settings, batches, kinds, touched, judged)) {
            if (alerts.raise(f, settings.get(f.rule()).owner()).isPresent()) raised++;
        }
        int posted = 0;
        int failed = 0;
        List<Webhook> configured = hooks.list();
        for (Alert a : alerts.since(since)) {
            Optional<AlertRule> rule = AlertRule.of(a.kind());
            String owner = a.owner();
            if (owner == null && rule.isPresent() && settings.get(rule.get()).owner() != null) {
                owner = settings.get(rule.get()).owner();
                actions.assign(a.id(), owner);
                a = alerts.find(a.id()).orElse(a);
            }
            for (Webhook w : configured) {
                if (!w.covers(a.kind(), owner)) continue;
                if (post(w, a)) posted++; else failed++;
            }
        }
        return new Outcome(raised, posted, failed, judged[0]);
    }

    private boolean post(Webhook w, Alert a) {
        String body = WebhookMessage.body(w.format(), a, WebhookText.CHINESE);
        WebhookPoster.Delivery d = poster.post(w.url(), body);
        hooks.logSent(a.id(), w.format(), w.url(), d.attempts(), d.status(), d.ok(), body);
        if (!d.ok()) LOG.warn("alert {} not delivered to {} after {} attempt(s), last status {}", a.id(), w.url(), d.attempts(), d.status());
        return d.ok();
    }

    private List<AlertFinding> evaluate(Map<AlertRule, AlertRuleSetting> settings, Collection<Long> batches, Set<String> kinds,
                                        Optional<Slice> touched, boolean[] judged) {
        List<AlertFinding> out = new ArrayList<>();
        explore.span().ifPresent(span -> {
            if (!changesDue(settings, span.to(), touched)) return;
            out.addAll(changes(settings, span.to()));
            facts.judged(new DataAsOf(span.to()).lastCompleteMonth().toString(), changeSettings(settings));
            judged[0] = true;
        });
        out.addAll(ModuleFindings.dataQuality(settings.get(AlertRule.DATA_QUALITY), facts.batchErrors(batches)));
        // an undo removes findings and raises none: the open stuffing cases were all seen when they were found
        if (!batches.isEmpty()) out.addAll(ModuleFindings.stuffing(settings.get(AlertRule.CHANNEL_STUFFING), facts.stuffedMonths()));
        // the modules' own analyses are heavier: each runs when data of its kind came in
        if (kinds.contains("stock")) guarded("inventory", () -> inventory(settings, out));
        if (kinds.contains("campaign") || kinds.contains("spend")) {
            guarded("campaigns", () -> out.addAll(ModuleFindings.campaigns(settings.get(AlertRule.CAMPAIGN_ROI),
                    new MarketingService(workspace).campaigns(Cancellation.none()))));
        }
        if (kinds.contains("dealer") || kinds.contains("sell_in") || kinds.contains("target") || kinds.contains("dealer_service")) {
            guarded("dealer grades", () -> grades(settings, out));
        }
        return out;
    }

    private static void guarded(String what, Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            // the import is stored already; one module's failure must not keep the other alerts from being raised
            LOG.warn("alert rules for {} could not run: {}", what, e.toString());
        }
    }

    /**
     * Whether the change rules could find anything new: the month they judge was not judged yet with these settings, or
     * the sales that came or went lay in it, the month before or the same month a year earlier. Otherwise the figures are
     * those judged already, and every alert is raised once.
     */
    private boolean changesDue(Map<AlertRule, AlertRuleSetting> settings, LocalDate lastDay, Optional<Slice> touched) {
        YearMonth month = new DataAsOf(lastDay).lastCompleteMonth();
        Optional<String[]> last = facts.lastJudged();
        if (last.isEmpty() || !last.get()[0].equals(month.toString()) || !last.get()[1].equals(changeSettings(settings))) return true;
        if (touched.isEmpty()) return false;
        YearMonth from = YearMonth.from(touched.get().from());
        YearMonth to = YearMonth.from(touched.get().to());
        for (YearMonth m : List.of(month.minusYears(1), month.minusMonths(1), month)) {
            if (!m.isBefore(from) && !m.isAfter(to)) return true;
        }
        return false;
    }

    private static String changeSettings(Map<AlertRule, AlertRuleSetting> settings) {
        return settings.get(AlertRule.CHANGE_PREVIOUS) + " " + settings.get(AlertRule.CHANGE_YEAR);
    }

    /** The change rules over the month rollups: the last complete month against the one before and the same month a year earlier. */
    List<AlertFinding> changes(Map<AlertRule, AlertRuleSetting> settings, LocalDate lastDay) {
        YearMonth month = new DataAsOf(lastDay).lastCompleteMonth();
        List<AlertFinding> out = new ArrayList<>();
        AlertRuleSetting previous = settings.get(AlertRule.CHANGE_PREVIOUS);
        AlertRuleSetting year = settings.get(AlertRule.CHANGE_YEAR);
        if (!previous.enabled() && !year.enabled()) return out;
        Slice now = Slice.of(month.atDay(1), month.atEndOfMonth());
        Slice before = Slice.of(month.minusMonths(1).atDay(1), month.minusMonths(1).atEndOfMonth());
        Slice lastYear = Slice.of(month.minusYears(1).atDay(1), month.minusYears(1).atEndOfMonth());
        for (Dimension level : LEVELS) {
            Map<String, Cell> cur = byKey(explore.breakdown(now, level, Measure.UNITS));
            if (previous.enabled()) {
                out.addAll(ChangeDetector.detect(previous, level, month.toString(), month.minusMonths(1).toString(), now.from().toString(),
                        now.to().toString(), figures(cur, byKey(explore.breakdown(before, level, Measure.UNITS)))));
            }
            if (year.enabled()) {
                out.addAll(ChangeDetector.detect(year, level, month.toString(), month.minusYears(1).toString(), now.from().toString(),
                        now.to().toString(), figures(cur, byKey(explore.breakdown(lastYear, level, Measure.UNITS)))));
            }
        }
        return out;
    }

    private static Map<String, Cell> byKey(List<Cell> cells) {
        Map<String, Cell> m = new java.util.LinkedHashMap<>();
        for (Cell c : cells) m.put(c.key(), c);
        return m;
    }

    /** Every member present in either period: one that sold nothing this month dropped by 100%. */
    private static List<ChangeDetector.Figure> figures(Map<String, Cell> now, Map<String, Cell> ref) {
        List<ChangeDetector.Figure> out = new ArrayList<>();
        java.util.Set<String> keys = new java.util.LinkedHashSet<>(now.keySet());
        keys.addAll(ref.keySet());
        for (String k : keys) {
            Cell n = now.get(k);
            Cell r = ref.get(k);
            String label = n != null ? n.label() : r.label();
            out.add(new ChangeDetector.Figure(k, label, n == null ? 0 : n.measures().qty(), r == null ? 0 : r.measures().qty()));
        }
        return out;
    }

    private void inventory(Map<AlertRule, AlertRuleSetting> settings, List<AlertFinding> out) {
        InventoryService inventory = new InventoryService(workspace);
        Optional<LocalDate> last = inventory.lastSnapshot();
        if (last.isEmpty()) return;
        LocalDate asOf = explore.span().map(s -> s.to().isAfter(last.get()) ? s.to() : last.get()).orElse(last.get());
        InventoryReport r = inventory.report(asOf, inventory.parameters(), null, Cancellation.none());
        out.addAll(ModuleFindings.slowMovers(settings.get(AlertRule.SLOW_MOVER), Grain.WEEK.key(asOf), r.slowMovers()));
        out.addAll(ModuleFindings.stockOut(settings.get(AlertRule.STOCK_OUT), asOf.toString(), r.positions()));
    }

    private void grades(Map<AlertRule, AlertRuleSetting> settings, List<AlertFinding> out) {
        DealerService dealers = new DealerService(workspace);
        Optional<YearMonth> last = dealers.lastMonth();
        if (last.isEmpty()) return;
        DealerBoard board = dealers.board(DealerPeriod.quarterOf(last.get()));
        out.addAll(ModuleFindings.grades(settings.get(AlertRule.DEALER_GRADE), board.migrationFrom(), board.migrationTo(), board.history()));
    }

    // ---- the alert centre ----

    /** @param status null: all; "open": not resolved; else new, acknowledged, in_progress or resolved */
    public List<Alert> list(String status) { return alerts.list(status); }

    public Optional<Alert> find(long id) { return alerts.find(id); }

    public List<AlertEvent> history(long id) { return actions.history(id); }

    public void assign(long id, String owner) {
        actions.assign(id, owner);
        changed();
    }

    public void setStatus(long id, AlertStatus status) {
        actions.setStatus(id, status);
        changed();
    }

    public void comment(long id, String text) {
        actions.comment(id, text);
        changed();
    }

    /** Called (on the thread that made the change) after an alert was assigned, moved or commented here: the header badge recounts. */
    public void onChange(Runnable r) { listeners.add(r); }

    public void removeOnChange(Runnable r) { listeners.remove(r); }

    private void changed() { listeners.forEach(Runnable::run); }

    /** The alerts newer than {@code id}, oldest first: what a desktop notification tells about. */
    public List<Alert> since(long id) { return alerts.since(id); }

    /** Alerts not resolved, and the newest alert's id. */
    public long[] openCountAndLatest() { return alerts.openCountAndLatest(); }

    public Map<AlertRule, AlertRuleSetting> rules() { return rules.load(); }

    /** Saves a rule's parameters; the audit log keeps the values before and after. */
    public void saveRule(AlertRuleSetting s) { rules.save(s); }

    public List<Webhook> webhooks() { return hooks.list(); }

    public void addWebhook(String scope, String name, WebhookFormat format, String url) { hooks.add(scope, name, format, url); }

    public void removeWebhook(long id) { hooks.remove(id); }

    public List<SentNotification> sent() { return hooks.sent(); }

    /** The bundles' patterns for a robot's message; Chinese, since the robots are WeCom's and DingTalk's. */
    static final class WebhookText {
        static final java.util.function.Function<String, String> CHINESE = key -> {
            ResourceBundle b = ResourceBundle.getBundle("i18n.messages", Locale.SIMPLIFIED_CHINESE);
            return b.containsKey(key) ? b.getString(key) : key;
        };

        private WebhookText() {}
    }
}
