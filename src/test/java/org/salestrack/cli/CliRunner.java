package org.salestrack.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the CLI in-process and keeps what it printed. */
public final class CliRunner {
    public final int exit;
    public final String out;
    public final String err;

    private CliRunner(int exit, String out, String err) {
        this.exit = exit;
        this.out = out;
        this.err = err;
    }

    public static CliRunner run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = SalesTrackCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CliRunner(exit, out.toString(), err.toString());
    }
}
