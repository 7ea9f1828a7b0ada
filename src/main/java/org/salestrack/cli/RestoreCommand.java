package org.salestrack.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.salestrack.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code restore}: replaces the workspace with a backup (checked first); the replaced workspace is kept beside it. */
@Command(name = "restore", description = "Replace the workspace with the backup F; the replaced workspace is kept beside it. Close the workbench first.")
final class RestoreCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--from", paramLabel = "F", required = true, description = "The backup to restore.")
    Path from;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Path target = workspace.path();
        // a backup of an encrypted workspace is encrypted under the same passphrase
        Path kept = Workspace.restore(from, target, workspace.passphraseFor(from));
        spec.commandLine().getOut().printf("restored %s from %s%s%n", target, from,
                kept == null ? "" : "; the workspace it replaced is kept as " + kept);
        return ExitCodes.OK;
    }
}
