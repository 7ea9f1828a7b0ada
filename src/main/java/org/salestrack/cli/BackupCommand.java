package org.salestrack.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code backup}: a consistent copy of the workspace, safe while the workbench is open and importing. */
@Command(name = "backup", description = "Copy the workspace to F: a consistent snapshot even while it is being imported into.")
final class BackupCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--out", paramLabel = "F", required = true, description = "The backup file to write (replaced whole, never half-written).")
    Path out;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var ws = workspace.open();
        long bytes = ws.backupTo(out);
        spec.commandLine().getOut().printf("backed up %s to %s (%,d bytes, quick_check ok)%n", ws.file(), out, bytes);
        return ExitCodes.OK;
    }
}
