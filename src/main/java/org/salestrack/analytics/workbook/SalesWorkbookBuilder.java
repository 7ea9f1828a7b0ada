package org.salestrack.analytics.workbook;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.salestrack.analytics.report.SalesReportService;
import org.salestrack.model.DataAsOf;
import org.salestrack.model.report.ReportRequest;
import org.salestrack.model.report.SalesReportData;
import org.salestrack.store.Workspace;
import org.salestrack.store.report.ReportWindow;
import org.salestrack.task.Cancellation;
import org.salestrack.task.ProgressListener;

/**
 * Builds the monthly sales workbook: loads the sections and writes them. The one code path behind the
 * {@code report} command and the Reports screen, so both produce the same file. It lives apart from
 * analytics.report because that package only loads data. The writing is handed in ({@link WorkbookWriter},
 * in practice report.SalesWorkbookWriter): analytics computes and loads, report writes, and only the layer
 * above both (app, cli) puts them together (LayerRulesTest, ReportLayerRulesTest).
 */
public final class SalesWorkbookBuilder {
    private final Workspace workspace;
    private final String appVersion;
    private final WorkbookWriter writer;

    public SalesWorkbookBuilder(Workspace workspace, String appVersion, WorkbookWriter writer) {
        this.workspace = workspace;
        this.appVersion = appVersion;
        this.writer = writer;
    }

    /** The months that hold counted sales, latest first: the periods a report can be built for. */
    public List<YearMonth> months() {
        ReportWindow w = new ReportWindow(workspace);
        List<YearMonth> out = new ArrayList<>();
        YearMonth first = w.firstMonth().orElse(null);
        YearMonth last = w.latestMonth().orElse(null);
        if (first == null || last == null) return out;
        for (YearMonth m = last; !m.isBefore(first); m = m.minusMonths(1)) out.add(m);
        return out;
    }

    /** The data's as-of date (last day with a counted sale), when there are sales. */
    public Optional<DataAsOf> asOf() { return new ReportWindow(workspace).lastDay().map(DataAsOf::new); }

    /** The period a report defaults to: the last complete month, or the only (partial) one there is. */
    public static Optional<YearMonth> defaultMonth(List<YearMonth> months, Optional<DataAsOf> asOf) {
        if (months.isEmpty()) return Optional.empty();
        YearMonth first = months.get(months.size() - 1);
        return Optional.of(asOf.map(a -> a.lastCompleteMonthSince(first)).filter(months::contains).orElse(months.get(0)));
    }

    /**
     * Loads (first half of the progress) and writes (second half) the workbook.
     *
     * @return what was written, e.g. for the detail line count
     */
    public SalesReportData build(ReportRequest request, Locale locale, Path out, ProgressListener progress, Cancellation cancel) throws IOException {
        SalesReportService service = new SalesReportService(workspace, appVersion);
        SalesReportData data = service.load(request, locale, half(progress, 0), cancel);
        cancel.check();
        writer.write(data, locale, out, half(progress, 1), cancel);
        service.recordExport(out, data);
        return data;
    }

    /** Maps a phase's own progress onto its half of 0..1000. */
    private static ProgressListener half(ProgressListener p, int phase) {
        return (done, total, message) -> {
            long scaled = total <= 0 ? phase * 500L : phase * 500L + Math.min(500L, done * 500L / total);
            p.progress(scaled, 1000, message);
        };
    }
}
