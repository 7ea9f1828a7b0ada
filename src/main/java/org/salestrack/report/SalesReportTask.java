package org.salestrack.report;

import java.nio.file.Path;
import java.util.Locale;
import org.salestrack.model.report.ReportRequest;
import org.salestrack.model.report.SalesReportData;
import org.salestrack.task.BackgroundTask;
import org.salestrack.task.Cancellation;
import org.salestrack.task.ProgressListener;

/**
 * Builds the monthly sales workbook as one background task with a single progress bar: loading the data
 * takes the first tenth, the detail lines most of the rest, saving the end. Hand it to a TaskExecutor;
 * the result is the written file.
 *
 * <pre>{@code
 * var service = new SalesReportService(workspace, version);
 * var task = new SalesReportTask(service::load, service::recordExport, request, locale, out);
 * executor.execute(task, file -> offerToOpen(file), error -> dialogs.showError(error));
 * }</pre>
 */
public final class SalesReportTask extends BackgroundTask<Path> {
    /** Loads the report data; SalesReportService::load fits. */
    @FunctionalInterface
    public interface Loader {
        SalesReportData load(ReportRequest request, Locale locale, ProgressListener progress, Cancellation cancel);
    }

    /** Told once the file is complete; SalesReportService::recordExport writes the audit log. */
    @FunctionalInterface
    public interface Recorder {
        void written(Path out, SalesReportData data);
    }

    private static final long SCALE = 1_000;
    private static final long LOADED = 100;
    private static final long WRITTEN = 950;

    private final Loader loader;
    private final Recorder recorder;
    private final ReportRequest request;
    private final Locale locale;
    private final Path out;
    private final int detailRowsPerSheet;

    public SalesReportTask(Loader loader, Recorder recorder, ReportRequest request, Locale locale, Path out) {
        this(loader, recorder, request, locale, out, DetailSheets.EXCEL_MAX_ROWS);
    }

    SalesReportTask(Loader loader, Recorder recorder, ReportRequest request, Locale locale, Path out, int detailRowsPerSheet) {
        super(ReportLabels.of(locale).format("summary.title", request.period() == null ? "" : request.period().toString()).strip());
        this.loader = loader;
        this.recorder = recorder;
        this.request = request;
        this.locale = locale;
        this.out = out;
        this.detailRowsPerSheet = detailRowsPerSheet;
    }

    @Override
    public Path call() throws Exception {
        ProgressListener overall = progress();
        SalesReportData data = loader.load(request, locale, scaled(overall, 0, LOADED), cancellation());
        cancellation().check();
        long[] at = {LOADED};
        ProgressListener writing = scaled((done, total, message) -> overall.progress(at[0] = done, total, message), LOADED, WRITTEN);
        // the writer reports detail lines against their total, and its phases (sheets, saving) without one
        ProgressListener phases = (done, total, message) -> {
            if (total > 0) writing.progress(done, total, message);
            else overall.progress(at[0], SCALE, message);
        };
        new SalesWorkbookWriter(ReportLabels.of(locale), detailRowsPerSheet).write(data, out, phases, cancellation());
        recorder.written(out, data);
        overall.progress(SCALE, SCALE, out.getFileName().toString());
        return out;
    }

    /** Maps a sub-task's done/total onto [from, to] of the overall thousandths. */
    private static ProgressListener scaled(ProgressListener overall, long from, long to) {
        return (done, total, message) -> {
            long at = total > 0 ? from + (to - from) * Math.min(done, total) / total : from;
            overall.progress(at, SCALE, message);
        };
    }
}
