package org.salestrack.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.salestrack.model.RuleHit;
import org.salestrack.store.Workspace;
import org.salestrack.task.Cancellation;
import org.salestrack.task.ProgressListener;
import org.salestrack.validate.HoldGuard;
import org.salestrack.validate.MassHold;
import org.salestrack.validate.RuleCount;
import org.salestrack.validate.RuleSetting;
import org.salestrack.validate.RuleSettingsJson;
import org.salestrack.validate.ValidationRun;
import org.salestrack.validate.ValidationService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code validate}: runs the data-quality rules, saves the findings as open issues (error findings hold
 * their lines out of totals until reviewed) and prints counts by rule and severity, or with --json every hit.
 */
@Command(name = "validate", description = "Run the data-quality rules; print issue counts by rule and severity.")
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--batch", paramLabel = "N", description = "Keep only the findings in import batch N (the rules still see all data).")
    Long batch;

    @Option(names = "--rules", paramLabel = "R.json",
            description = "Rule settings for this run: {\"rule-id\": {\"enabled\": true, \"severity\": \"error\", \"params\": {...}}}.")
    Path rules;

    @Option(names = "--json", description = "Print machine-readable output: counts and every hit.")
    boolean json;

    @Option(names = "--max-hold-share", paramLabel = "S", defaultValue = "0.05",
            description = "A rule that would hold more than this share of the lines (default 0.05 = 5%%) holds none of them "
                    + "unless --hold-anyway is given; its findings are still saved. A mis-set parameter is likelier than half "
                    + "the business being wrong.")
    double maxHoldShare;

    @Option(names = "--hold-anyway", description = "Hold the lines of a rule even when it fires on more than --max-hold-share of them.")
    boolean holdAnyway;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Workspace ws = workspace.openToChange();
        ValidationService service = json ? ValidationService.of(ws).keepingHits() : ValidationService.of(ws);
        if (batch != null && !service.isStoredBatch(batch)) throw new IllegalArgumentException("there is no stored import batch " + batch);
        Map<String, RuleSetting> overrides = rules == null ? Map.of() : RuleSettingsJson.read(rules);
        HoldGuard guard = new HoldGuard(maxHoldShare, m -> holdAnyway);
        ValidationRun run = service.run(batch, overrides, guard, ProgressListener.NONE, Cancellation.none());
        PrintWriter err = spec.commandLine().getErr();
        for (MassHold m : run.notHeld()) {
            err.printf(Locale.ROOT, "rule %s fires on %,d of %,d lines (%.1f%%), more than %.1f%%: its findings were saved but hold no "
                    + "lines. Check its parameters (Data quality > Rule settings), or run again with --hold-anyway to hold them.%n",
                    m.rule(), m.lines(), m.totalLines(), m.share() * 100, maxHoldShare * 100);
        }
        err.flush();
        if (json) out.println(Json.write(json(run)));
        else printText(out, run);
        return ExitCodes.OK;
    }

    static Map<String, Object> json(ValidationRun run) {
        List<Map<String, Object>> counts = new ArrayList<>();
        for (RuleCount c : run.report().counts()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rule", c.rule());
            m.put("severity", c.severity().id());
            m.put("count", c.count());
            counts.add(m);
        }
        List<Map<String, Object>> hits = new ArrayList<>(run.report().hits().size());
        for (RuleHit h : run.report().hits()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rule", h.rule());
            m.put("severity", h.severity().id());
            m.put("batch", h.batchId());
            m.put("file", h.fileName());
            m.put("row", h.sourceRow());
            m.put("why", h.why());
            hits.add(m);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("counts", counts);
        root.put("hits", hits);
        return root;
    }

    static void printText(PrintWriter out, ValidationRun run) {
        out.printf(Locale.ROOT, "validated %,d lines%s in %.2f s (read %.2f s, rules %.2f s, save %.2f s)%n", run.lines(),
                run.batch() == null ? "" : ", keeping findings in batch " + run.batch(), run.seconds(), run.loadSeconds(),
                run.ruleSeconds(), run.saveSeconds());
        List<RuleCount> counts = run.report().counts();
        if (counts.isEmpty()) {
            out.println("no findings");
        } else {
            out.printf(Locale.ROOT, "%-18s %-8s %8s%n", "rule", "severity", "count");
            for (RuleCount c : counts) out.printf(Locale.ROOT, "%-18s %-8s %8d%n", c.rule(), c.severity().id(), c.count());
        }
        out.printf(Locale.ROOT, "%d open issues saved, %d findings already reviewed%n", run.opened(), run.alreadyReviewed());
    }
}
