package org.salestrack.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.Date;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Creates and saves streaming workbooks so that the same data gives the same bytes: the document
 * dates are fixed and every zip entry gets one fixed timestamp (the committed samples are compared
 * byte for byte with a fresh generation).
 */
final class XlsxFiles {
    /** When the sample exports were "made": just after the data ends. */
    static final LocalDateTime EXPORTED_AT = LocalDateTime.of(2026, 1, 5, 9, 30, 12);
    private static final long ZIP_TIME = EXPORTED_AT.toInstant(ZoneOffset.UTC).toEpochMilli();

    private XlsxFiles() {}

    static SXSSFWorkbook create() {
        SXSSFWorkbook wb = new SXSSFWorkbook(200);
        wb.setCompressTempFiles(false);
        POIXMLProperties.CoreProperties core = wb.getXSSFWorkbook().getProperties().getCoreProperties();
        Date at = Date.from(EXPORTED_AT.toInstant(ZoneOffset.UTC));
        core.setCreated(Optional.of(at));
        core.setModified(Optional.of(at));
        core.setCreator("SalesTrack sample generator");
        return wb;
    }

    static void save(SXSSFWorkbook wb, Path file) throws IOException {
        Path raw = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(raw)) {
            wb.write(out);
        } finally {
            wb.close();
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            restamp(raw, out);
        } finally {
            Files.deleteIfExists(raw);
        }
    }

    /** Copies the zip entry by entry, in order, with one fixed timestamp (read through the central directory). */
    private static void restamp(Path zip, OutputStream target) throws IOException {
        try (ZipFile in = new ZipFile(zip.toFile());
             ZipOutputStream out = new ZipOutputStream(target)) {
            out.setLevel(6);
            for (ZipEntry e : Collections.list(in.entries())) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTime(ZIP_TIME);
                out.putNextEntry(copy);
                try (InputStream data = in.getInputStream(e)) {
                    data.transferTo(out);
                }
                out.closeEntry();
            }
        }
    }
}
