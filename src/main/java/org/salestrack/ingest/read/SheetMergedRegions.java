package org.salestrack.ingest.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.eventusermodel.XSSFReader;

/**
 * The merged regions of one sheet, known before its first row is read. In the sheet's XML {@code <mergeCells>}
 * follows {@code <sheetData>}, so a streaming reader learns them only after the last row: too late for a header
 * such as 订单号 merged down over two header rows (a JD order export), whose lower row would read it as empty and
 * lose the column. The sheet's bytes are scanned for the tags rather than parsed, which costs one inflate pass.
 */
final class SheetMergedRegions {
    private static final byte[] TAG = "mergeCell".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern REF = Pattern.compile("\\bref\\s*=\\s*[\"']([A-Za-z]{1,3}\\d{1,7}:[A-Za-z]{1,3}\\d{1,7})[\"']");
    private static final int LONGEST_TAG = 256;

    private SheetMergedRegions() {}

    /** The regions of the sheet at {@code index} in the workbook's order of sheets. */
    static List<CellRangeAddress> of(Path file, int index) throws IOException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) new XSSFReader(pkg).getSheetsData();
            for (int i = 0; sheets.hasNext(); i++) {
                try (InputStream in = sheets.next()) {
                    if (i == index) return scan(in);
                }
            }
            return List.of();
        } catch (OpenXML4JException e) {
            throw new IOException("cannot read the sheets of " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /** The {@code <mergeCell ref="A3:A4"/>} tags of a sheet's XML, with or without a namespace prefix. */
    static List<CellRangeAddress> scan(InputStream in) throws IOException {
        List<CellRangeAddress> regions = new ArrayList<>();
        byte[] buf = new byte[1 << 16];
        StringBuilder tag = null;
        int matched = 0;
        int before = ' ';
        int n;
        while ((n = in.read(buf)) > 0) {
            for (int i = 0; i < n; i++) {
                byte b = buf[i];
                if (tag != null) {
                    if (b == '>' || tag.length() > LONGEST_TAG) {
                        add(regions, tag);
                        tag = null;
                    } else {
                        tag.append((char) (b & 0xff));
                    }
                } else if (b == TAG[matched] && (matched > 0 || before == '<' || before == ':')) {
                    if (++matched == TAG.length) {
                        matched = 0;
                        tag = new StringBuilder();
                    }
                } else {
                    // 'm' occurs once in the tag's name, so a broken match cannot hide the start of another
                    matched = 0;
                }
                before = b;
            }
        }
        return regions;
    }

    private static void add(List<CellRangeAddress> regions, StringBuilder tag) {
        // "mergeCells" (the list) and anything else that only starts like the tag are not a region
        if (tag.length() == 0 || !Character.isWhitespace(tag.charAt(0))) return;
        Matcher m = REF.matcher(tag);
        if (m.find()) regions.add(CellRangeAddress.valueOf(m.group(1)));
    }
}
