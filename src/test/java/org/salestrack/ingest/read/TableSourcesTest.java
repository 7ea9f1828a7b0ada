package org.salestrack.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.ingest.profile.FormatSpec;

/**
 * A workbook without the sheet a profile names is a wrong request, not a broken file: it must not be
 * reported as a corrupt XLSX. TableSources used to tell the two apart by how the exception's text began.
 */
class TableSourcesTest {
    @TempDir
    Path tmp;

    private Path oneSheet() throws Exception {
        Path file = tmp.resolve("one-sheet.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            wb.createSheet("Sales").createRow(0).createCell(0).setCellValue("sku");
            wb.write(out);
        }
        return file;
    }

    @Test
    void aMissingSheetIsNamedNotCalledCorrupt() throws Exception {
        Path file = oneSheet();
        FormatSpec named = new FormatSpec("xlsx", "auto", "auto", '.', 0, "Returns");
        assertThatThrownBy(() -> TableSources.open(file, named, 0))
                .isExactlyInstanceOf(NoSuchSheetException.class)
                .hasMessage("the workbook has no sheet named 'Returns'");
        FormatSpec unnamed = new FormatSpec("xlsx", "auto", "auto", '.', 0, null);
        assertThatThrownBy(() -> TableSources.open(file, unnamed, 1))
                .isExactlyInstanceOf(NoSuchSheetException.class)
                .hasMessage("the workbook has no sheet 2");
    }

    @Test
    void aBrokenWorkbookIsUnreadable() throws Exception {
        Path file = tmp.resolve("broken.xlsx");
        byte[] good = Files.readAllBytes(oneSheet());
        byte[] cut = java.util.Arrays.copyOf(good, good.length / 2);
        Files.write(file, cut);
        FormatSpec format = new FormatSpec("xlsx", "auto", "auto", '.', 0, null);
        assertThatThrownBy(() -> TableSources.open(file, format, 0)).isInstanceOf(UnreadableFileException.class);
        TableSources.Opened ok = TableSources.open(tmp.resolve("one-sheet.xlsx"), format, 0);
        ok.reader().close();
        assertThat(ok.sheets()).isEqualTo(1);
    }
}
