package org.salestrack.app;

import org.salestrack.cli.SalesTrackCommand;

/**
 * Entry point. With no arguments it opens the workbench; with a subcommand it runs the CLI.
 * It does not extend Application so that the shaded jar starts JavaFX from the class path.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        if (args.length == 0) {
            WorkbenchApp.launchWorkbench(args);
            return;
        }
        System.exit(SalesTrackCommand.run(args));
    }
}
