package org.salestrack.report;

import java.io.OutputStream;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An SXSSF workbook that zips with the fastest deflate level. A 100,000-line detail sheet is ~90 MB of
 * XML; default-level deflate spends most of the export time on it for a file only slightly smaller.
 */
final class FastZipWorkbook extends SXSSFWorkbook {
    FastZipWorkbook(XSSFWorkbook template, int window) {
        super(template, window);
    }

    FastZipWorkbook(int window) {
        super(window);
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
        ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
        zip.setLevel(Deflater.BEST_SPEED);
        return zip;
    }
}
