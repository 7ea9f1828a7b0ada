package org.salestrack.validate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.salestrack.model.RuleHit;
import org.salestrack.model.Severity;

/**
 * Where a streamed run's findings go as the rules find them: those in the run's scope are counted (per rule and
 * severity, and the lines they would hold) and passed on to the store in rule order, {@link #window} at most
 * waiting at a time; kept in memory only when asked. A run with fewer findings stores them exactly in rule order, as
 * a run over the lines in memory did; a bigger one in rule order within each window.
 * <p>
 * A rule that would hold more than the guard's share of the lines in scope is asked about before its findings are
 * passed on: as soon as a window's count crosses the share when the run knows its lines in scope ahead (a run over
 * the whole workspace), else at the end. A rule refused while running has its later findings passed on holding
 * nothing, and the store is told so it can take the hold off the few it was given before; on the 10M-line benchmark
 * workspace, taking it off all 5.3M findings of a refused rule at the end took 10 s of a 60-70 s run.
 */
final class Findings {
    /** Findings waiting at most, before they are passed on in rule order (tests lower it to cross the share mid-run). */
    static volatile int window = 50_000;

    private final List<String> order;
    private final Set<Long> scope;
    private final Consumer<RuleHit> store;
    private final Map<String, long[]> counts = new LinkedHashMap<>();
    private final Map<String, Long> held = new LinkedHashMap<>();
    private final Map<String, List<RuleHit>> kept;
    private final Map<String, List<RuleHit>> waiting = new LinkedHashMap<>();
    private final int windowSize = window;
    private final HoldGuard guard;
    private final LongSupplier linesAhead;
    private final Consumer<String> refusing;
    /** each rule asked about, and the answer (true: hold) */
    private final Map<String, Boolean> answered = new LinkedHashMap<>();
    private int waitingCount;
    private long writeNanos;

    /**
     * @param linesAhead the lines in the run's scope when known before the rules end, else a negative number
     * @param refusing told of a rule refused while running, before any of its findings is passed on holding nothing
     */
    Findings(List<String> order, Set<Long> scope, Consumer<RuleHit> store, boolean keep, HoldGuard guard, LongSupplier linesAhead,
             Consumer<String> refusing) {
        this.order = order;
        this.scope = scope;
        this.store = store;
        this.guard = guard;
        this.linesAhead = linesAhead;
        this.refusing = refusing;
        this.kept = keep ? new LinkedHashMap<>() : null;
        for (String rule : order) {
            counts.put(rule, new long[Severity.values().length]);
            waiting.put(rule, new ArrayList<>());
            if (kept != null) kept.put(rule, new ArrayList<>());
        }
    }

    /** The sink of {@code rule}'s scan. */
    Consumer<RuleHit> of(String rule) {
        long[] n = counts.get(rule);
        List<RuleHit> keep = kept == null ? null : kept.get(rule);
        List<RuleHit> wait = waiting.get(rule);
        return h -> {
            if (scope != null && !scope.contains(h.batchId())) return;
            n[h.severity().ordinal()]++;
            MassHolds.held(held, h);
            if (keep != null) keep.add(h);
            wait.add(h);
            if (++waitingCount >= windowSize) pass(linesAhead.getAsLong(), true);
        };
    }

    /**
     * Passes the last findings to the store, asking first about every rule not asked yet that would hold more than the
     * guard's share of {@code linesInScope}; returns the rules refused, with the lines they would have held.
     */
    List<MassHold> finish(long linesInScope) {
        pass(linesInScope, false);
        List<MassHold> refused = new ArrayList<>();
        answered.forEach((rule, hold) -> {
            if (!hold) refused.add(new MassHold(rule, held.get(rule), linesInScope));
        });
        return refused;
    }

    /** Asks about the rules over the share of {@code lines} (none when negative), then passes the waiting findings on, rule by rule. */
    private void pass(long lines, boolean running) {
        if (lines > 0 && !Double.isInfinite(guard.maxShare())) {
            for (String rule : order) {
                Long n = held.get(rule);
                if (n == null || answered.containsKey(rule)) continue;
                MassHold m = new MassHold(rule, n, lines, running);
                if (m.share() <= guard.maxShare()) continue;
                boolean hold = guard.confirm().test(m);
                answered.put(rule, hold);
                if (!hold && running) refusing.accept(rule);
            }
        }
        long t = System.nanoTime();
        waiting.forEach((rule, hits) -> {
            boolean refused = Boolean.FALSE.equals(answered.get(rule));
            for (RuleHit h : hits) store.accept(refused && h.hold() ? h.withHold(false) : h);
            hits.clear();
        });
        waitingCount = 0;
        writeNanos += System.nanoTime() - t;
    }

    long total() {
        return counts.values().stream().mapToLong(n -> Arrays.stream(n).sum()).sum();
    }

    double writeSeconds() { return writeNanos / 1e9; }

    ValidationReport report(Map<String, Long> millis) {
        List<RuleHit> hits = new ArrayList<>();
        if (kept != null) kept.values().forEach(hits::addAll);
        return new ValidationReport(order, hits, millis, ValidationReport.countsOf(counts));
    }
}
