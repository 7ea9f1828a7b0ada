package org.salestrack.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.salestrack.analytics.report.SalesReportService;
import org.salestrack.model.report.ReportRequest;
import org.salestrack.model.report.ReportSection;
import org.salestrack.model.report.SalesReportData;
import org.salestrack.store.Workspace;
import org.salestrack.task.Cancellation;
import org.salestrack.task.ProgressListener;

/** Writes a workbook of a workspace the way the report command does and opens it again with POI. */
final class WorkbookFiles {
    private WorkbookFiles() {}

    static SalesReportData load(Workspace ws, YearMonth period, Set<ReportSection> sections, Locale locale) {
        return new SalesReportService(ws, "SalesTrack test").load(new ReportRequest(period, sections), locale, ProgressListener.NONE,
                Cancellation.none());
    }

    static XSSFWorkbook writeAndOpen(Workspace ws, YearMonth period, Locale locale, Path out) throws IOException {
        SalesReportData d = load(ws, period, ReportSection.all(), locale);
        new SalesWorkbookWriter(ReportLabels.of(locale)).write(d, out, ProgressListener.NONE, Cancellation.none());
        try (InputStream in = Files.newInputStream(out)) {
            return new XSSFWorkbook(in);
        }
    }
}
