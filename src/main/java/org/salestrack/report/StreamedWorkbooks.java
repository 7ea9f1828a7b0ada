package org.salestrack.report;

import java.io.IOException;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Clean-up of an SXSSF workbook abandoned half-way (cancel, bad value). */
final class StreamedWorkbooks {
    private StreamedWorkbooks() {}

    /**
     * Flushes the rows still in memory so that closing the workbook can delete its temp files: closing
     * first shuts the temp writers and then tries to flush into them, which fails and leaves the files.
     */
    static void abandon(SXSSFWorkbook wb) {
        for (Sheet s : wb) {
            try {
                ((SXSSFSheet) s).flushRows();
            } catch (IOException | RuntimeException ignored) {
                // the workbook is being thrown away; the original failure is what the caller reports
            }
        }
    }
}
