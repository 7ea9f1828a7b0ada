package org.salestrack.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.salestrack.analytics.national.NationalService;
import org.salestrack.model.national.ExtractReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code extract}: a regional extract of the national store into a fresh workspace, for offline work. The
 * issue's form uses {@code --from} twice, for the store and for the first day; a value that is a
 * {@code postgresql://} address is the store, one that is a day is the first day.
 */
@Command(name = "extract", description = "Extract regions and days of the national store into a fresh workspace, as your own role "
        + "(the server's row-level security decides what you get).")
final class ExtractCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--from", required = true, paramLabel = "URL|D",
            description = "The national store (postgresql://HOST:PORT/DB), and optionally again with the first day (YYYY-MM-DD).")
    List<String> from = new ArrayList<>();

    @Option(names = "--to", paramLabel = "D", description = "Last day (YYYY-MM-DD), included.")
    String to;

    @Option(names = "--regions", split = ",", paramLabel = "R[,R...]", description = "Sales regions, e.g. 华南,西南 (default: all you may read).")
    List<String> regions = new ArrayList<>();

    @Option(names = "--json", description = "Print machine-readable output.")
    boolean json;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        String store = null;
        LocalDate first = null;
        for (String f : from) {
            if (NationalService.isServer(f)) store = f;
            else first = day(f, "--from");
        }
        if (store == null) throw new IllegalArgumentException("--from takes the national store: postgresql://HOST:PORT/DB");
        LocalDate last = to == null ? null : day(to, "--to");
        if (workspace.file == null) throw new IllegalArgumentException("--workspace names the fresh workspace file to extract into");
        ExtractReport r = NationalService.extract(store, workspace.user, workspace.openWithStore(), regions, first, last);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("store", r.store());
            m.put("user", r.user());
            m.put("batches", r.batches());
            m.put("lines", r.lines());
            m.put("counted", r.counted());
            out.println(Json.write(m));
        } else {
            out.printf("extracted from %s as %s: %d batches, %d lines (%d counted)%n", r.store(), r.user(), r.batches(), r.lines(), r.counted());
        }
        return ExitCodes.OK;
    }

    private static LocalDate day(String s, String option) {
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + " takes a day as YYYY-MM-DD or the store's postgresql:// address, not '" + s + "'");
        }
    }
}
