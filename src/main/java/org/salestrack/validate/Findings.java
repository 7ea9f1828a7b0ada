package org.salestrack.validate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.salestrack.model.RuleHit;
import org.salestrack.model.Severity;

/**
 * Where a streamed run's findings go as the rules find them: those in the run's scope are counted (per rule and
 * severity, and the lines they would hold) and passed on to the store in rule order, {@value #WINDOW} at most
 * waiting at a time; kept in memory only when asked. A run with fewer findings stores them exactly in rule order, as
 * a run over the lines in memory did; a bigger one in rule order within each window.
 */
final class Findings {
    static final int WINDOW = 50_000;

    private final List<String> order;
    private final Set<Long> scope;
    private final Consumer<RuleHit> store;
    private final Map<String, long[]> counts = new LinkedHashMap<>();
    private final Map<String, Long> held = new LinkedHashMap<>();
    private final Map<String, List<RuleHit>> kept;
    private final Map<String, List<RuleHit>> waiting = new LinkedHashMap<>();
    private int waitingCount;
    private long writeNanos;

    Findings(List<String> order, Set<Long> scope, Consumer<RuleHit> store, boolean keep) {
        this.order = order;
        this.scope = scope;
        this.store = store;
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
            if (++waitingCount >= WINDOW) flush();
        };
    }

    /** Passes the waiting findings to the store, rule by rule. */
    void flush() {
        long t = System.nanoTime();
        for (List<RuleHit> hits : waiting.values()) {
            hits.forEach(store);
            hits.clear();
        }
        waitingCount = 0;
        writeNanos += System.nanoTime() - t;
    }

    /** Lines each rule would hold, in rule order. */
    Map<String, Long> heldByRule() {
        Map<String, Long> out = new LinkedHashMap<>();
        for (String rule : order) if (held.containsKey(rule)) out.put(rule, held.get(rule));
        return out;
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
