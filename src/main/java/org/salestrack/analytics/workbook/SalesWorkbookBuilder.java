package org.salestrack.analytics.workbook;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.salestrack.analytics.report.SalesReportService;
import org.salestrack.model.DataAsOf;
import org.salestrack.model.report.ReportRequest;
import org.salestrack.model.report.ReportSection;
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

    /** The sections whose data the workspace holds (the national store keeps the sales sheets' only): the others are left out of a build. */
    public Set<ReportSection> sections() {
        return new SalesReportService(workspace, appVersion).sections();
    }

    /**
     * Above this many counted lines in the month the Reports screen leaves the Detail sheet unticked (issue 23: on
     * the 10M-line workspace a month's 424,256 lines were three quarters of a build); the user may tick it again.
     */
    public static final long DETAIL_BY_DEFAULT_UP_TO = 100_000;

    /** The counted lines of the month, which its Detail sheet lists (from the month rollup: no line is read). */
    public long detailLines(YearMonth month) {
        return new org.salestrack.store.report.DetailQuery(workspace, month, Cancellation.none()).count();
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
     * Loads (the first {@link #LOADED} of the progress) and writes (the rest) the workbook. Progress goes
     * only forward, on a scale of {@link #STEPS}.
     *
     * @return what was written, e.g. for the detail line count
     */
    public SalesReportData build(ReportRequest request, Locale locale, Path out, ProgressListener progress, Cancellation cancel) throws IOException {
        ProgressListener forward = forwardOnly(progress);
        SalesReportService service = new SalesReportService(workspace, appVersion);
        // within the cancellation, so a Cancel stops every read of the load as it runs (the campaign and first-purchase
        // reads check it only between their statements: 1.1 s on the 10M-line workspace under load, issue 23)
        SalesReportData data;
        try {
            data = Cancellation.within(cancel, () -> service.load(request, locale, part(forward, 0, LOADED, SalesReportService.STEPS), cancel));
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        cancel.check();
        writer.write(data, locale, out, part(forward, LOADED, STEPS, WorkbookWriter.STEPS), cancel);
        service.recordExport(out, data);
        return data;
    }

    /** Where loading ends on the scale of {@link #STEPS}: the orders are read then, the detail lines after. */
    static final int LOADED = 350;
    public static final int STEPS = 1000;

    /** Maps a part's own 0..scale onto from..to. */
    private static ProgressListener part(ProgressListener p, int from, int to, long scale) {
        return (done, total, message) -> p.progress(from + Math.min(scale, Math.max(0, done)) * (to - from) / scale, STEPS, message);
    }

    /** Passes progress on only when it does not go back, so a bar never jumps backwards between stages. */
    static ProgressListener forwardOnly(ProgressListener p) {
        long[] last = {0};
        return (done, total, message) -> {
            synchronized (last) {
                if (done < last[0]) done = last[0];
                last[0] = done;
            }
            p.progress(done, total, message);
        };
    }
}
