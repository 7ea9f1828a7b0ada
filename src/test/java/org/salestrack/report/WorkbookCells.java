package org.salestrack.report;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A written workbook's sheets as a reader sees them, to compare two workbooks cell for cell. */
public final class WorkbookCells {
    private WorkbookCells() {}

    public static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    /** Every non-empty cell of {@code sheet} as "A1=value", formulas evaluated by POI, numbers to 6 decimals (exact for e4 money). */
    public static List<String> of(XSSFWorkbook wb, String sheet) {
        Sheet s = wb.getSheet(sheet);
        if (s == null) throw new AssertionError("no sheet " + sheet);
        FormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
        List<String> out = new ArrayList<>();
        for (Row row : s) {
            for (Cell c : row) {
                String v = switch (c.getCellType()) {
                    case NUMERIC -> number(c.getNumericCellValue());
                    case STRING -> c.getStringCellValue();
                    case FORMULA -> {
                        CellValue e = ev.evaluate(c);
                        yield e.getCellType() == CellType.NUMERIC ? number(e.getNumberValue()) : e.formatAsString();
                    }
                    default -> "";
                };
                if (!v.isEmpty()) out.add(c.getAddress() + "=" + v);
            }
        }
        return out;
    }

    private static String number(double v) {
        return BigDecimal.valueOf(v).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
