package org.salestrack.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root of the command line (DESIGN.md "Command line"); each subcommand is its own class. */
@Command(name = "salestrack", mixinStandardHelpOptions = true, version = org.salestrack.model.AppVersion.NAME,
        description = "Offline sales-tracking workbench. With no subcommand, opens the workbench.",
        subcommands = {
                CommandLine.HelpCommand.class,
                ImportCommand.class,
                EncryptCommand.class,
                DecryptCommand.class,
                RekeyCommand.class,
                SummaryCommand.class,
                FeedbackCommand.class,
                DemoCommand.class,
                DealersCommand.class,
                ReportCommand.class,
                ForecastCommand.class,
                SamplesCommand.class,
                ValidateCommand.class,
                MarketCommand.class,
                CustomersCommand.class,
                AlertsCommand.class,
                CampaignsCommand.class,
                AttributionCommand.class,
                AbTestCommand.class,
                InventoryCommand.class,
                PublishCommand.class,
                ExtractCommand.class,
                SyncCommand.class,
                AuditCommand.class,
                BackupCommand.class,
                RestoreCommand.class,
                WatchCommand.class,
                SourcesCommand.class,
        })
public final class SalesTrackCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the CLI and returns the exit code; stdout and stderr are the process streams. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new SalesTrackCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, line, parse) -> {
            line.getErr().println("error: " + ExitCodes.describe(ex));
            if (System.getenv("SALESTRACK_DEBUG") != null) ex.printStackTrace(line.getErr());
            return ExitCodes.of(ex);
        });
        return cl.execute(args);
    }
}
