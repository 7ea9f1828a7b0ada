package org.salestrack.cli;

import java.nio.file.Path;
import org.salestrack.store.Workspace;
import picocli.CommandLine.Option;

/** The --workspace option shared by the commands that work on a workspace. */
final class WorkspaceOption {
    @Option(names = {"-w", "--workspace"}, paramLabel = "W", description = "Workspace file (default ~/.salestrack/workspace.db).")
    Path file;

    Workspace open() {
        return Workspace.open(file == null ? Workspace.defaultFile() : file);
    }
}
