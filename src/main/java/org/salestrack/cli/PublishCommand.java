package org.salestrack.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.salestrack.analytics.national.NationalService;
import org.salestrack.model.national.PublishReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code publish}: the workspace's batches up to the national store, in one transaction. */
@Command(name = "publish", description = "Publish the workspace's batches (sales, sell-in, stock, touchpoints, targets, spend, reviews, "
        + "tickets, dealer service, market panel) to the national store (PostgreSQL); "
        + "the password comes from PGPASSWORD or ~/.pgpass.")
final class PublishCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--to", required = true, paramLabel = "URL", description = "The national store: postgresql://HOST:PORT/DB.")
    String to;

    @Option(names = "--json", description = "Print machine-readable output.")
    boolean json;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PublishReport r = NationalService.publish(workspace.openWithStore(), to, workspace.user);
        PrintWriter out = spec.commandLine().getOut();
        if (json) out.println(Json.write(json(r)));
        else out.println("published to " + text(r));
        return ExitCodes.OK;
    }

    static Map<String, Object> json(PublishReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("store", r.store());
        m.put("batches_new", r.batchesNew());
        m.put("batches_known", r.batchesKnown());
        m.put("lines_stored", r.linesStored());
        m.put("duplicates", r.duplicates());
        m.put("reviews_changed", r.reviewsChanged());
        m.put("batches_undone", r.batchesUndone());
        m.put("lines_removed", r.linesRemoved());
        return m;
    }

    static String text(PublishReport r) {
        return String.format("%s: %d new batches (%d lines, %d held as duplicates), %d already there (%d review changes), "
                + "%d undone (%d lines removed)", r.store(), r.batchesNew(), r.linesStored(), r.duplicates(), r.batchesKnown(),
                r.reviewsChanged(), r.batchesUndone(), r.linesRemoved());
    }
}
