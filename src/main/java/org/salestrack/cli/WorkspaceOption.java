package org.salestrack.cli;

import java.nio.file.Path;
import org.salestrack.analytics.national.NationalService;
import org.salestrack.pipeline.ImportPipeline;
import org.salestrack.store.Workspace;
import org.salestrack.task.ProgressListener;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The --workspace option shared by the commands that work on a workspace. */
final class WorkspaceOption {
    @Option(names = {"-w", "--workspace"}, paramLabel = "W",
            description = "Workspace file (default ~/.salestrack/workspace.db), or a national store: postgresql://HOST:PORT/DB.")
    Path file;

    @Option(names = "--user", paramLabel = "U", description = "The national store's login role (password from PGPASSWORD or ~/.pgpass).")
    String user;

    @Option(names = "--passphrase-file", paramLabel = "F",
            description = "File holding the passphrase of an encrypted workspace (else the SALESTRACK_PASSPHRASE environment variable; never an argument).")
    Path passphraseFile;

    /** Set by the commands that may create a workspace (demo, import) from their --encrypt. */
    boolean encryptNew;

    /** The command this option belongs to, for its error stream. */
    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    /**
     * The workspace file to read; a national store is refused (usage, exit 2), as this command needs what only a
     * workspace keeps. A batch whose import was killed before its checks ran is named on the error stream (its lines
     * count until they are checked), but a reading command does not write to finish it.
     */
    Workspace open() {
        refuseStore();
        return openWithStore();
    }

    /**
     * As {@link #open()}, or the national store when {@code --workspace} names one (logged in as {@code --user}): for
     * the commands that read sales only through the queries both engines answer (summary, report, forecast) and the
     * national commands, which say themselves what they take.
     */
    Workspace openWithStore() {
        Workspace ws = openQuietly();
        if (!ws.onServer()) {
            java.util.Set<Long> pending = ImportPipeline.unfinished(ws);
            if (!pending.isEmpty()) {
                err().println("Warning: the checks of batch(es) " + pending + " did not run (their import was interrupted); "
                        + "they run when the workbench opens this workspace or on the next import or validate");
            }
        }
        return ws;
    }

    /** The workspace to change (import, validate, watch): first the checks an interrupted import left undone. */
    Workspace openToChange() {
        refuseStore();
        Workspace ws = openQuietly();
        if (!ws.onServer()) finishInterruptedImports(ws, err());
        return ws;
    }

    /** A national store named where this command needs a workspace file: refused before anything is opened. */
    private void refuseStore() {
        if (file == null || !NationalService.isServer(file.toString())) return;
        throw refused(mixee == null ? "this command" : mixee.name(), file,
                "extract your regions into a workspace (salestrack extract) and run it there; summary, report and forecast read the store");
    }

    /** The usage error of {@code command} given the national store at {@code store} where it needs a workspace file. */
    static IllegalArgumentException refused(String command, Path store, String instead) {
        // Path folded the address's // to one slash
        String address = store.toString().replaceFirst("^postgresql:/+", "postgresql://");
        return new IllegalArgumentException(command + " works on a workspace file, not on the national store " + address + ": " + instead);
    }

    private Workspace openQuietly() {
        // Path folds postgresql://h to postgresql:/h; the address parser takes either
        if (file != null && NationalService.isServer(file.toString())) return NationalService.open(file.toString(), user);
        Path f = file == null ? Workspace.defaultFile() : file;
        boolean fresh = !java.nio.file.Files.exists(f);
        if (encryptNew && !fresh && !Workspace.encrypted(f)) {
            throw new IllegalArgumentException(f + " exists as a plain workspace: --encrypt creates a new one; encrypt this one with the encrypt command");
        }
        if (fresh && encryptNew) return Workspace.open(f, Passphrases.requiredNew(passphraseFile, Passphrases.ENV, "--passphrase-file"));
        return Workspace.open(f, passphraseFor(f));
    }

    /** The passphrase {@code f} needs: none for a plain file, else from --passphrase-file or the environment (the store refuses without, exit 4). */
    String passphraseFor(Path f) {
        return Workspace.encrypted(f) ? Passphrases.read(passphraseFile, Passphrases.ENV) : null;
    }

    /** The workspace file named (or the default one); refuses a national store. */
    Path path() {
        refuseStore();
        return file == null ? Workspace.defaultFile() : file;
    }

    private java.io.PrintWriter err() {
        return mixee == null ? new java.io.PrintWriter(System.err, true) : mixee.commandLine().getErr();
    }

    /**
     * A batch stored by a run that was killed before its follow-up gets that follow-up now: its lines would
     * otherwise count although the rules hold some of them out. Mass holds are refused, as {@code import} does by default.
     */
    static void finishInterruptedImports(Workspace ws, java.io.PrintWriter err) {
        ImportPipeline.FollowUp done = Pipelines.unattended(ws).resumeUnfinished(ProgressListener.NONE);
        if (!done.batches().isEmpty()) {
            err.println("Finished the checks of " + done.batches().size() + " batch(es) whose import was interrupted: "
                    + done.batches());
        }
    }
}
