package org.salestrack.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.salestrack.sample.ExpectedTotals;
import org.salestrack.sample.LargeSalesWriter;
import org.salestrack.sample.SampleFile;
import org.salestrack.sample.SampleGenerator;
import org.salestrack.sample.SampleSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code samples --out DIR [--seed N] [--scale small|large]}: writes the sample data set. */
@Command(name = "samples", mixinStandardHelpOptions = true,
        description = "Write the sample data set (small: the committed samples/); large: a 1,000,000+ line POS CSV "
                + "for benchmarks, with the master data and profiles needed to import it.")
public final class SamplesCommand implements Callable<Integer> {
    public enum Scale { small, large }

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, description = "Folder to write into (created if missing).")
    Path out;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed; the same seed gives the same bytes (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--scale", defaultValue = "small", description = "small or large (default ${DEFAULT-VALUE}).")
    Scale scale;

    @Option(names = "--lines", description = "Lines in the large POS CSV (default " + LargeSalesWriter.DEFAULT_LINES + ").")
    Long lines;

    @Override
    public Integer call() throws Exception {
        long started = System.nanoTime();
        var w = spec.commandLine().getOut();
        if (scale == Scale.large) {
            Path file = out.resolve("pos-sales-large.csv");
            SampleFile f = LargeSalesWriter.write(file, lines == null ? LargeSalesWriter.DEFAULT_LINES : lines, seed);
            LargeSalesWriter.writeSupport(out, seed);
            w.printf("wrote %s: %,d lines (profile %s), master/ and profiles/; %.1f s%n", file, f.rows(), f.profile(),
                    (System.nanoTime() - started) / 1e9);
            return ExitCodes.OK;
        }
        SampleSet set = SampleGenerator.generate(out, seed);
        for (SampleFile f : set.files()) w.printf("%-70s %-14s %,10d rows%n", f.name(), f.kind(), f.rows());
        ExpectedTotals.Sum t = set.totals().total();
        w.printf("sales: %,d lines, %,d units, CNY %s (paid); seed %d; %.1f s%n", t.lines(), t.units(),
                org.salestrack.model.Money.ofE4(t.amountE4()).toPlainString(), seed, (System.nanoTime() - started) / 1e9);
        return ExitCodes.OK;
    }
}
