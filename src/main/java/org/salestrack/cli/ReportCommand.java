package org.salestrack.cli;

import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.salestrack.analytics.workbook.SalesWorkbookBuilder;
import org.salestrack.model.report.ReportRequest;
import org.salestrack.model.report.ReportSection;
import org.salestrack.model.report.SalesReportData;
import org.salestrack.report.SalesWorkbookWriter;
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
        ReportRequest request = new ReportRequest(month(period), ReportSection.parse(sections));
        long start = System.nanoTime();
        String version = spec.root().version().length > 0 ? spec.root().version()[0] : "SalesTrack";
        SalesReportData data = new SalesWorkbookBuilder(workspace.open(), version, SalesWorkbookWriter::writeWorkbook).build(request, locale, out, ProgressListener.NONE, Cancellation.none());
        double seconds = (System.nanoTime() - start) / 1e9;
        String detail = request.wants(ReportSection.DETAIL) ? data.detail().count() + " detail lines" : "no detail sheet";
        spec.commandLine().getOut().printf(Locale.ROOT, "wrote %s: period %s, %d sections, %s, %.1f s%n", out, data.period(),
                request.sections().size(), detail, seconds);
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
