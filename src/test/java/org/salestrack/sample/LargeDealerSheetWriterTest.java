package org.salestrack.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.ingest.ImportPolicy;
import org.salestrack.ingest.ImportResult;
import org.salestrack.ingest.ImportService;
import org.salestrack.ingest.profile.ProfileLibrary;
import org.salestrack.model.SummaryRow;
import org.salestrack.store.SummaryQuery;
import org.salestrack.store.Workspace;
import org.salestrack.task.Cancellation;
import org.salestrack.task.ProgressListener;

class LargeDealerSheetWriterTest {
    @TempDir
    Path dir;

    @Test
    void theShippedProfilePicksTheSheetAndEveryUnitArrives() throws Exception {
        Path file = dir.resolve("dealer-D900.xlsx");
        LargeDealerSheetWriter.write(file, 2_400, 3);
        // what the workbook holds, read with POI's full reader rather than the importer's streaming one
        long units = 0;
        int rows = 0;
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheet(DealerWorkbookWriter.SALES_SHEET);
            assertThat(s.getRow(DealerWorkbookWriter.HEADER_ROW).getCell(6).getStringCellValue()).isEqualTo("销量");
            for (Row r : s) {
                if (r.getRowNum() <= DealerWorkbookWriter.HEADER_ROW) continue;
                units += (long) r.getCell(6).getNumericCellValue();
                rows++;
            }
        }
        Workspace ws = Workspace.open(dir.resolve("ws.db"));

        ImportResult res = new ImportService(ws, ProfileLibrary.load(null), ImportPolicy.DEFAULT)
                .importFile(file, null, ProgressListener.NONE, Cancellation.none());

        assertThat(rows).isEqualTo(2_400);
        assertThat(res.profile()).isEqualTo("dealer-sellthrough");
        assertThat(res.stored()).isEqualTo(2_400);
        SummaryRow all = new SummaryQuery(ws).run(List.of(), null, null).get(0);
        assertThat(all.qty()).isEqualTo(units);
        // 24 months, 100 rows each
        assertThat(new SummaryQuery(ws).run(List.of("month"), null, null)).hasSize(24);
    }
}
