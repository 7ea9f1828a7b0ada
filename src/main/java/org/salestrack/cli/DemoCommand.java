package org.salestrack.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.salestrack.analytics.explore.ExploreService;
import org.salestrack.ingest.FolderImport;
import org.salestrack.ingest.FileOutcome;
import org.salestrack.ingest.ImportPolicy;
import org.salestrack.ingest.ImportResult;
import org.salestrack.ingest.SampleFolders;
import org.salestrack.model.SummaryRow;
import org.salestrack.pipeline.ImportPipeline;
import org.salestrack.sample.SampleGenerator;
import org.salestrack.store.Workspace;
import org.salestrack.task.Cancellation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code demo}: builds the sample workspace from samples/ and prints what it holds; no display needed. */
@Command(name = "demo", description = "Build a workspace from samples/ and print a summary (headless).")
final class DemoCommand implements Callable<Integer> {
    @Option(names = {"-w", "--workspace"}, paramLabel = "W", description = "Workspace to build (default ~/.salestrack/sample-workspace.db).")
    Path workspace;

    @Option(names = "--samples", paramLabel = "DIR", description = "Sample folder (default: samples/ here or beside the jar).")
    Path samples;

    @Option(names = "--encrypt", description = "Create the workspace encrypted (AES-256) under the passphrase from --passphrase-file F or SALESTRACK_PASSPHRASE.")
    boolean encrypt;

    @Option(names = "--passphrase-file", paramLabel = "F",
            description = "File holding the passphrase of an encrypted workspace (else the SALESTRACK_PASSPHRASE environment variable).")
    Path passphraseFile;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (workspace != null && org.salestrack.analytics.national.NationalService.isServer(workspace.toString())) {
            throw WorkspaceOption.refused("demo", workspace, "build a workspace and publish it to the store");
        }
        Path dir = samples != null ? samples : SampleFolders.find().orElse(null);
        if (dir == null) {
            // no samples/ folder (a bare jar elsewhere): write the same seed-42 set next to the workspace
            dir = (workspace == null ? SampleFolders.sampleWorkspace() : workspace).toAbsolutePath().getParent().resolve("samples");
            out.println("no samples/ folder found; writing the sample set to " + dir);
            SampleGenerator.generate(dir, 42);
        }
        Path file = workspace == null ? SampleFolders.sampleWorkspace() : workspace;
        boolean fresh = !java.nio.file.Files.exists(file);
        if (encrypt && !fresh && !Workspace.encrypted(file)) {
            throw new IllegalArgumentException(file + " exists as a plain workspace: --encrypt creates a new one; encrypt this one with the encrypt command");
        }
        Workspace ws = Workspace.open(file, encrypt && fresh ? Passphrases.requiredNew(passphraseFile, Passphrases.ENV, "--passphrase-file")
                : Workspace.encrypted(file) ? Passphrases.read(passphraseFile, Passphrases.ENV) : null);
        out.println("workspace: " + ws.file().toAbsolutePath());
        out.println("samples:   " + dir);
        long t0 = System.nanoTime();
        ImportPipeline.Imported imported = Pipelines.of(ws, ImportPolicy.DEFAULT).importFolder(dir, (d, t, m) -> { }, Cancellation.none());
        List<FileOutcome> outcomes = imported.files();
        out.println();
        out.printf(Locale.ROOT, "%-44s %-10s %9s %9s %9s %9s  %s%n", "file", "kind", "read", "stored", "quarant.", "dupl.", "status");
        for (FileOutcome o : outcomes) {
            String name = dir.relativize(o.file()).toString();
            ImportResult r = o.result();
            if (r == null) {
                out.printf(Locale.ROOT, "%-44s %-10s %s%n", name, "-", "refused: " + o.refused());
            } else {
                out.printf(Locale.ROOT, "%-44s %-10s %,9d %,9d %,9d %,9d  %s%n", name, r.kind(), r.read(), r.stored(),
                        r.quarantined(), r.duplicates(), r.status().id());
            }
        }
        out.printf(Locale.ROOT, "%nimported in %.1f s%n%n", (System.nanoTime() - t0) / 1e9);
        if (imported.followUp().validation() != null) {
            out.println("data quality of the new batches (error findings are held out of the totals below until reviewed):");
            ValidateCommand.printText(out, imported.followUp().validation());
        } else {
            out.println("nothing new was stored: the workspace held every file already");
        }
        ExploreService q = new ExploreService(ws);
        table(out, "by year", List.of("year"), q);
        table(out, "by sales region", List.of("region"), q);
        table(out, "by channel", List.of("channel_type", "channel"), q);
        return ExitCodes.OK;
    }

    private static void table(PrintWriter out, String title, List<String> by, ExploreService q) {
        out.println();
        out.println(title + ":");
        out.printf(Locale.ROOT, "  %-28s %10s %10s %10s %18s%n", String.join(" / ", by), "rows", "orders", "units", "revenue (CNY)");
        for (SummaryRow r : q.summary(by, null, null)) {
            out.printf(Locale.ROOT, "  %-28s %,10d %,10d %,10d %,18.2f%n", String.join(" / ", r.keys()), r.rows(), r.orders(), r.qty(), r.amount());
        }
    }
}
