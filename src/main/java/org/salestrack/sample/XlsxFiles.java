package org.salestrack.sample;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Creates and saves streaming workbooks so that the same data gives the same bytes: POI stamps the
 * document's created and modified dates with the clock, so they are fixed here (the committed samples
 * are compared byte for byte with a fresh generation; POI's zip entries carry no clock time).
 */
final class XlsxFiles {
    /** When the sample exports were "made": just after the data ends. */
    static final LocalDateTime EXPORTED_AT = LocalDateTime.of(2026, 1, 5, 9, 30, 12);

    private XlsxFiles() {}

    static SXSSFWorkbook create() { return create(false); }

    /** @param sharedStrings keep each distinct text once (a table repeating a few labels on every row shrinks a lot) */
    static SXSSFWorkbook create(boolean sharedStrings) {
        SXSSFWorkbook wb = new SXSSFWorkbook(null, 200, false, sharedStrings);
        POIXMLProperties.CoreProperties core = wb.getXSSFWorkbook().getProperties().getCoreProperties();
        Date at = Date.from(EXPORTED_AT.toInstant(ZoneOffset.UTC));
        core.setCreated(Optional.of(at));
        core.setModified(Optional.of(at));
        core.setCreator("SalesTrack sample generator");
        return wb;
    }

    static void save(SXSSFWorkbook wb, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        } finally {
            wb.close();
        }
    }
}
