package org.salestrack.cli;

import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.salestrack.analytics.workbook.SalesWorkbookBuilder;
import org.salestrack.model.report.ReportRequest;
import org.salestrack.model.report.ReportSection;
import org.salestrack.model.report.SalesReportData;
import org.salestrack.report.SalesWorkbookWriter;
import org.salestrack.store.Workspace;
import org.salestrack.task.Cancellation;
import org.salestrack.task.ProgressListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code report}: writes the monthly sales workbook for finance. */
@Command(name = "report", description = "Write the monthly sales workbook (XLSX) of a workspace.")
final class ReportCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--out", required = true, paramLabel = "R.xlsx", description = "Workbook to write (replaced if it exists).")
    Path out;

    @Option(names = "--period", paramLabel = "YYYY-MM", description = "Report month (default: the latest month with sales).")
    String period;

    @Option(names = "--sections", split = ",", paramLabel = "S[,S]",
            description = "summary,regions,provinces,series,channels,dealers,forecast,inventory,stock_risks,quality,provenance,detail (default: all)")
    List<String> sections = new ArrayList<>();

    @Option(names = "--lang", paramLabel = "en|zh", defaultValue = "en", description = "Language of sheet names and headers (default ${DEFAULT-VALUE}).")
    String lang;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Locale locale = switch (lang.toLowerCase(Locale.ROOT)) {
            case "en" -> Locale.ENGLISH;
            case "zh", "zh-cn", "zh_cn" -> Locale.SIMPLIFIED_CHINESE;
            default -> throw new IllegalArgumentException("--lang takes en or zh, not '" + lang + "'");
        };
        long start = System.nanoTime();
        String version = spec.root().version().length > 0 ? spec.root().version()[0] : "SalesTrack";
        Workspace ws = workspace.openWithStore();
        SalesWorkbookBuilder builder = new SalesWorkbookBuilder(ws, version, SalesWorkbookWriter::writeWorkbook);
        Set<ReportSection> asked = ReportSection.parse(sections);
        if (!sections.isEmpty() && !builder.sections().containsAll(asked)) {
            Set<ReportSection> missing = EnumSet.copyOf(asked);
            missing.removeAll(builder.sections());
            throw new IllegalArgumentException(ws.name() + " does not hold the data of section(s) "
                    + missing.stream().map(ReportSection::id).collect(Collectors.joining(",")) + " (they need a workspace file: extract your regions); it holds "
                    + builder.sections().stream().map(ReportSection::id).collect(Collectors.joining(",")));
        }
        ReportRequest request = new ReportRequest(month(period), sections.isEmpty() ? builder.sections() : asked);
        SalesReportData data = builder.build(request, locale, out, ProgressListener.NONE, Cancellation.none());
        double seconds = (System.nanoTime() - start) / 1e9;
        String detail = request.wants(ReportSection.DETAIL) ? data.detail().count() + " detail lines" : "no detail sheet";
        spec.commandLine().getOut().printf(Locale.ROOT, "wrote %s: period %s, %d sections, %s, %.1f s%n", out, data.period(),
                data.request().sections().size(), detail, seconds);
        return ExitCodes.OK;
    }

    private static YearMonth month(String text) {
        if (text == null) return null;
        try {
            return YearMonth.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--period takes a month as YYYY-MM, not '" + text + "'");
        }
    }
}
