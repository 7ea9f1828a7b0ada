package org.salestrack.analytics.workbook;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.salestrack.model.report.SalesReportData;
import org.salestrack.task.Cancellation;
import org.salestrack.task.ProgressListener;

/** Writes loaded report data as a workbook in the reader's language; {@code SalesWorkbookWriter::writeWorkbook} is the one in use. */
@FunctionalInterface
public interface WorkbookWriter {
    /** The writer reports progress from 0 to this (report.SalesWorkbookWriter.STEPS), whatever the workbook's size. */
    int STEPS = 1000;

    void write(SalesReportData data, Locale locale, Path out, ProgressListener progress, Cancellation cancel) throws IOException;
}
