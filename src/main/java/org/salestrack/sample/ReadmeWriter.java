package org.salestrack.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.salestrack.model.Money;

/** Writes samples/README.md from the generation itself, so its counts can never disagree with the files. */
final class ReadmeWriter {
    private ReadmeWriter() {}

    static void write(Path dir, SampleSet set) throws IOException {
        StringBuilder b = new StringBuilder();
        b.append(ReadmeText.intro(set.seed()));
        b.append("\n## Files\n\n| file | kind | source | format | encoding | profile | rows |\n|---|---|---|---|---|---|---:|\n");
        for (SampleFile f : set.files()) {
            b.append("| `").append(f.name()).append("` | ").append(f.kind()).append(" | ").append(f.source()).append(" | ")
                    .append(f.format()).append(" | ").append(f.encoding()).append(" | `profiles/").append(f.profile())
                    .append(".json` | ").append(f.rows()).append(" |\n");
        }
        b.append(ReadmeText.shapes());
        b.append(ReadmeText.planted(set.planted(), set.dealerReachKm()));
        b.append(ReadmeText.inventory(set.inventory()));
        b.append(totals(set.totals()));
        b.append(MarketReadme.text(set.market()));
        b.append(set.dealersAndChannels().readme());
        Files.writeString(dir.resolve("README.md"), b.toString(), StandardCharsets.UTF_8);
    }

    private static String totals(ExpectedTotals t) {
        StringBuilder b = new StringBuilder("\n\n## Headline totals (to check an import)\n\n");
        b.append("Each order line counted once (the Tmall overlap not twice); paid lines only, i.e. without ")
                .append("refunded and cancelled lines. With them: ").append(line(t.totalAllStatuses())).append(".\n\n");
        b.append("| year | lines | units | revenue (CNY) |\n|---|---:|---:|---:|\n");
        for (Map.Entry<Integer, ExpectedTotals.Sum> e : t.byYear().entrySet()) {
            b.append("| ").append(e.getKey()).append(" | ").append(cells(e.getValue())).append(" |\n");
        }
        b.append("| **total** | ").append(cells(t.total())).append(" |\n\n");
        b.append("| channel | lines | units | revenue (CNY) |\n|---|---:|---:|---:|\n");
        for (Map.Entry<String, ExpectedTotals.Sum> e : t.byChannel().entrySet()) {
            b.append("| ").append(e.getKey()).append(" | ").append(cells(e.getValue())).append(" |\n");
        }
        b.append("\nBy province and month: `org.salestrack.sample.SampleGenerator.generate(dir, 42).totals()`")
                .append(" (`ExpectedTotals.byProvinceMonth()`), keyed by GB/T 2260 province code.\n");
        return b.toString();
    }

    private static String cells(ExpectedTotals.Sum s) {
        return s.lines() + " | " + s.units() + " | " + Formats.grouped(s.amountE4());
    }

    private static String line(ExpectedTotals.Sum s) {
        return s.lines() + " lines, " + s.units() + " units, CNY " + Money.ofE4(s.amountE4()).toPlainString();
    }
}
