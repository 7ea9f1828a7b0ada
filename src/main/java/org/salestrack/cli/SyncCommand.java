package org.salestrack.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.salestrack.analytics.national.NationalService;
import org.salestrack.model.national.SyncConflict;
import org.salestrack.model.national.SyncReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sync}: an extracted workspace and the national store brought level; conflicting reviews listed, never overwritten. */
@Command(name = "sync", description = "Sync a workspace extracted from the national store: your new batches, undos and reviews go up, "
        + "others' in your regions come down; lines reviewed differently on both sides are listed and left as they are. "
        + "The password comes from PGPASSWORD or ~/.pgpass.")
final class SyncCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--json", description = "Print machine-readable output.")
    boolean json;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        SyncReport r = NationalService.sync(workspace.openWithStore(), workspace.user);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("store", r.store());
            m.put("user", r.user());
            m.put("up", PublishCommand.json(r.up()));
            Map<String, Object> down = new LinkedHashMap<>();
            down.put("batches", r.batchesDown());
            down.put("lines", r.linesDown());
            down.put("batches_undone", r.batchesUndone());
            down.put("reviews_changed", r.reviewsDown());
            m.put("down", down);
            List<Map<String, Object>> conflicts = new ArrayList<>();
            for (SyncConflict c : r.conflicts()) {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("file", c.file());
                x.put("row", c.row());
                x.put("local", hold(c.localHold()));
                x.put("national", hold(c.nationalHold()));
                x.put("national_by", c.nationalBy());
                x.put("national_at", c.nationalAt());
                conflicts.add(x);
            }
            m.put("conflicts", conflicts);
            out.println(Json.write(m));
        } else {
            out.printf("synced with %s as %s%n  down: %d new batches (%d lines), %d undone, %d review changes%n  up: %s%n", r.store(), r.user(),
                    r.batchesDown(), r.linesDown(), r.batchesUndone(), r.reviewsDown(), PublishCommand.text(r.up()));
            if (r.conflicts().isEmpty()) out.println("  no conflicting reviews");
            else out.printf("  %d line(s) reviewed differently on both sides, left as each side has them:%n", r.conflicts().size());
            for (SyncConflict c : r.conflicts()) {
                out.printf("    %s row %d: here %s, national %s (by %s at %s)%n", c.file(), c.row(), hold(c.localHold()), hold(c.nationalHold()),
                        c.nationalBy(), c.nationalAt());
            }
        }
        return ExitCodes.OK;
    }

    /** The review hold in words: what a reviewer decided about the line. */
    static String hold(int hold) {
        return switch (hold) {
            case 0 -> "counted";
            case 2 -> "held";
            case 3 -> "rejected";
            default -> "duplicate";
        };
    }
}
