package org.salestrack.cli;

import java.nio.file.Path;
import org.salestrack.analytics.national.NationalService;
import org.salestrack.store.Workspace;
import picocli.CommandLine.Option;

/** The --workspace option shared by the commands that work on a workspace. */
final class WorkspaceOption {
    @Option(names = {"-w", "--workspace"}, paramLabel = "W",
            description = "Workspace file (default ~/.salestrack/workspace.db), or a national store: postgresql://HOST:PORT/DB.")
    Path file;

    @Option(names = "--user", paramLabel = "U", description = "The national store's login role (password from PGPASSWORD or ~/.pgpass).")
    String user;

    Workspace open() {
        if (file == null) return Workspace.open(Workspace.defaultFile());
        // Path folds postgresql://h to postgresql:/h; the address parser takes either
        return NationalService.isServer(file.toString()) ? NationalService.open(file.toString(), user) : Workspace.open(file);
    }
}
