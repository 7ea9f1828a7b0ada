package org.salestrack.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.salestrack.analytics.audit.AuditService;
import org.salestrack.model.AuditBreak;
import org.salestrack.model.AuditEntry;
import org.salestrack.model.AuditFilter;
import org.salestrack.model.AuditVerdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code audit}: lists the audit log, or with --verify checks its hash chain and names the first broken link (exit 1). */
@Command(name = "audit", description = "List the audit log, or verify its hash chain (--verify): exit 1 names the first broken entry.")
final class AuditCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--verify", description = "Check that no entry was edited, removed or inserted around the app.")
    boolean verify;

    @Option(names = "--json", description = "Print machine-readable output.")
    boolean json;

    @Option(names = "--action", paramLabel = "A", description = "Only entries of this action (import, undo, review, rule-change, edit, export, ...).")
    String action;

    @Option(names = "--who", paramLabel = "U", description = "Only entries by this user.")
    String who;

    @Option(names = "--from", paramLabel = "D", description = "Only entries on or after this day (YYYY-MM-DD).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "D", description = "Only entries on or before this day (YYYY-MM-DD).")
    LocalDate to;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "1000", description = "At most N entries, newest first (default ${DEFAULT-VALUE}).")
    int limit;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        AuditService audit = new AuditService(workspace.open());
        if (verify) return verify(audit, out);
        List<AuditEntry> entries = audit.entries(new AuditFilter(action, who, from, to, null), limit);
        if (json) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (AuditEntry e : entries) rows.add(json(e));
            out.println(Json.write(Map.of("entries", rows)));
        } else {
            for (AuditEntry e : entries) {
                out.printf("%6d  %s  %-10s %-8s %-12s %s%s%n", e.id(), e.at(), e.who(), e.version() == null ? "-" : e.version(), e.action(),
                        e.subject() == null ? "" : e.subject(), e.detail() == null || e.detail().isEmpty() ? "" : "  (" + e.detail() + ")");
            }
        }
        return ExitCodes.OK;
    }

    private int verify(AuditService audit, PrintWriter out) {
        AuditVerdict v = audit.verify();
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("ok", v.ok());
            m.put("checked", v.checked());
            m.put("head", v.head());
            m.put("broken", v.broken().map(b -> {
                Map<String, Object> j = json(b.entry());
                j.put("kind", b.kind().id());
                j.put("reason", reason(b));
                return j;
            }).orElse(null));
            out.println(Json.write(m));
        } else if (v.ok()) {
            out.printf("audit log intact: %d entries, last hash %s%n", v.checked(), v.head());
        }
        v.broken().ifPresent(b -> spec.commandLine().getErr().printf("audit log broken at entry %d (%s %s %s): %s%n", b.id(),
                b.entry().at(), b.entry().action(), b.entry().subject() == null ? "" : b.entry().subject(), reason(b)));
        return v.ok() ? ExitCodes.OK : ExitCodes.FAILURE;
    }

    private static String reason(AuditBreak b) {
        return switch (b.kind()) {
            case EDITED -> "its content no longer matches its hash: it was changed after it was written";
            case UNLINKED -> "it does not follow the entry before it: an entry before it was removed or inserted";
            case UNCHAINED -> "it carries no hash: it was written around the app";
        };
    }

    private static Map<String, Object> json(AuditEntry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("at", e.at());
        m.put("who", e.who());
        m.put("version", e.version());
        m.put("action", e.action());
        m.put("subject", e.subject());
        m.put("detail", e.detail());
        m.put("prev_hash", e.prevHash());
        m.put("hash", e.hash());
        return m;
    }
}
